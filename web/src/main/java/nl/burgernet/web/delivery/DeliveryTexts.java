package nl.burgernet.web.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Duration;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequestState;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.web.faces.Messages;

/** Names of the delivery codes and durations in the language of the current view. */
@Named
@ApplicationScoped
public class DeliveryTexts {

  public String priority(SendPriority priority) {
    return text("delivery.priority." + priority.name());
  }

  public String requestState(SendRequestState state) {
    return text("delivery.requestState." + state.name());
  }

  public String state(DeliveryState state) {
    return text("delivery.deliveryState." + state.name());
  }

  public String channel(Channel channel) {
    return text("delivery.channel." + channel.name());
  }

  /** E.g. "2 min 5 s"; under a second reads "1 s". */
  public String duration(Duration duration) {
    long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
    return seconds < 60
        ? text("delivery.duration.seconds", seconds)
        : text("delivery.duration.minutes", seconds / 60, seconds % 60);
  }

  private static String text(String key, Object... arguments) {
    return Messages.text(FacesContext.getCurrentInstance(), key, arguments);
  }
}

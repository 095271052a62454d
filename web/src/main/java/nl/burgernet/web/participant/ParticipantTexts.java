package nl.burgernet.web.participant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.MergeField;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.QueueReason;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.web.faces.Messages;

/** The words for a participant's channels, statuses and queue reasons, in the user's language. */
@Named("participantTexts")
@RequestScoped
public class ParticipantTexts {

  public List<SelectItem> getChannelItems() {
    return Arrays.stream(Channel.values())
        .map(channel -> new SelectItem(channel, channel(channel)))
        .toList();
  }

  public List<SelectItem> getStatusItems() {
    return Arrays.stream(ParticipantStatus.values())
        .map(status -> new SelectItem(status, status(status)))
        .toList();
  }

  public List<SelectItem> getMergeFieldItems() {
    return Arrays.stream(MergeField.values())
        .map(field -> new SelectItem(field, text("participant.mergeField." + field.name())))
        .toList();
  }

  public String channel(Channel channel) {
    return text("registration.channel." + channel.name());
  }

  public String channels(Collection<Channel> channels) {
    return channels.stream().sorted().map(this::channel).collect(Collectors.joining(", "));
  }

  public String status(ParticipantStatus status) {
    return status == null ? "" : text("participant.status." + status.name());
  }

  public String source(RegistrationSource source) {
    return text("participant.source." + source.name());
  }

  public String reason(QueueReason reason) {
    return reason == null ? "" : text("workList.reason." + reason.name());
  }

  private static String text(String key) {
    return Messages.text(FacesContext.getCurrentInstance(), key);
  }
}

package nl.burgernet.web.delivery;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.delivery.boundary.ChannelProgress;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.boundary.RequestProgress;
import nl.burgernet.delivery.entity.Delivery;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.delivery.entity.SendRequestState;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/verzending.xhtml?id=N: one send request with its counts per channel and state, refreshed
 * while it is sent, its failures and dead letters, and the stop and retry actions. An id that is no
 * number, unknown or outside the caller's scope is the same "not found" (HTTP 404).
 */
@Named("sendRequest")
@ViewScoped
public class SendRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Deliveries deliveries;

  private String id;
  private transient RequestProgress progress;
  private transient List<Delivery> problems;

  /** View action and poll: the request as it is now. */
  public void load() {
    long requestId = parse(id);
    progress = deliveries.progress(requestId);
    problems = deliveries.problems(requestId);
  }

  public void recall() {
    int cancelled = deliveries.recall(parse(id));
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "delivery.recalled", cancelled));
    load();
  }

  public void retry() {
    int retried = deliveries.retryDeadLetters(parse(id));
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "delivery.retried", retried));
    load();
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("SendRequest", id);
    }
  }

  private RequestProgress progress() {
    if (progress == null) {
      load();
    }
    return progress;
  }

  public SendRequest getRequest() {
    return progress().request();
  }

  public List<ChannelProgress> getChannels() {
    return progress().channels();
  }

  public List<Delivery> getProblems() {
    if (problems == null) {
      load();
    }
    return problems;
  }

  public List<DeliveryState> getStates() {
    return List.of(DeliveryState.values());
  }

  public boolean isSending() {
    return getRequest().getState() == SendRequestState.SENDING;
  }

  public boolean isDeadLetters() {
    return getChannels().stream().anyMatch(c -> c.count(DeliveryState.DEAD_LETTERED) > 0);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}

package nl.burgernet.web.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.delivery.entity.SendRequestState;

/** /portal/verzendingen.xhtml: the newest send requests within the caller's scope. */
@Named("sendRequests")
@RequestScoped
public class SendRequestsBacking {

  static final int SHOWN = 100;

  @Inject private Deliveries deliveries;

  private List<SendRequest> latest;

  public List<SendRequest> getLatest() {
    if (latest == null) {
      latest = deliveries.latest(SHOWN);
    }
    return latest;
  }

  /** The list refreshes itself while something is being sent. */
  public boolean isSending() {
    return getLatest().stream().anyMatch(r -> r.getState() == SendRequestState.SENDING);
  }
}

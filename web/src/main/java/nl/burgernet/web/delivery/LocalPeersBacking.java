package nl.burgernet.web.delivery;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.delivery.boundary.LocalPeer;
import nl.burgernet.delivery.boundary.LocalPeerInboxes;
import nl.burgernet.delivery.boundary.ReceivedAtPeer;

/**
 * /portal/beheer/lokale-peers.xhtml: what each local peer of the embedded run received, so a
 * functional administrator trying the whole path on one machine sees the SMS, mails, app
 * notifications and calls arrive. Where no local peers run (production) the page does not exist:
 * 404, and the menu leaves it out.
 */
@Named("localPeers")
@ViewScoped
public class LocalPeersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LocalPeerInboxes inboxes;

  private final Map<LocalPeer, List<ReceivedAtPeer>> received = new EnumMap<>(LocalPeer.class);

  /** View action, also on a refresh. */
  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    if (!inboxes.available()) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      context.responseComplete();
      return;
    }
    for (LocalPeer peer : LocalPeer.values()) {
      received.put(peer, inboxes.received(peer));
    }
  }

  public List<LocalPeer> getPeers() {
    return List.of(LocalPeer.values());
  }

  public List<ReceivedAtPeer> received(LocalPeer peer) {
    return received.getOrDefault(peer, List.of());
  }
}

package nl.burgernet.web.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.delivery.boundary.LocalPeerInboxes;
import nl.burgernet.security.entity.StaffRole;

/** Whether the menu shows the local peers' page: to functional administrators, where they run. */
@Named
@RequestScoped
public class LocalPeersAccess {

  @Inject private ExternalContext externalContext;

  @Inject private LocalPeerInboxes inboxes;

  public boolean isAllowed() {
    return externalContext.isUserInRole(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
        && inboxes.available();
  }
}

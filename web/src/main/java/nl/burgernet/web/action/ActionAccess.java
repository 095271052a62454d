package nl.burgernet.web.action;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.security.entity.StaffRole;

/**
 * Whether the caller runs Burgernetacties, or writes their public reports: the same roles as
 * web.xml and the Actions and ActionReportPublishing services.
 */
@Named
@RequestScoped
public class ActionAccess {

  @Inject private ExternalContext externalContext;

  public boolean isAllowed() {
    return externalContext.isUserInRole(StaffRole.Names.CONTROL_ROOM_OPERATOR);
  }

  public boolean isReports() {
    return externalContext.isUserInRole(StaffRole.Names.COMMUNICATIONS_OFFICER);
  }
}

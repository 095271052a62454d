package nl.burgernet.web.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.security.entity.StaffRole;

/** Whether the caller may watch and stop deliveries: the same roles as web.xml and the service. */
@Named
@RequestScoped
public class DeliveryAccess {

  static final List<String> ROLES =
      List.of(
          StaffRole.Names.CONTROL_ROOM_OPERATOR,
          StaffRole.Names.MUNICIPALITY_AMBASSADOR,
          StaffRole.Names.INVESTIGATING_OFFICER,
          StaffRole.Names.REGIONAL_HELPDESK,
          StaffRole.Names.MANAGER,
          StaffRole.Names.FUNCTIONAL_ADMINISTRATOR);

  @Inject private ExternalContext externalContext;

  public boolean isAllowed() {
    return ROLES.stream().anyMatch(externalContext::isUserInRole);
  }
}

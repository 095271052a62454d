package nl.burgernet.web.participant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.security.entity.StaffRole;

/**
 * Whether the caller may search and read participants: the same roles as web.xml
 * (/portal/deelnemers/*) and the {@code Participants} service.
 */
@Named
@RequestScoped
public class ParticipantAccess {

  static final List<String> ROLES =
      List.of(StaffRole.Names.RELATION_MANAGER, StaffRole.Names.REGIONAL_HELPDESK);

  @Inject private ExternalContext externalContext;

  public boolean isAllowed() {
    return ROLES.stream().anyMatch(externalContext::isUserInRole);
  }
}

package nl.burgernet.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.security.entity.StaffRole;

/** Who works with Burgernetmail: the same roles as web.xml and the BurgernetMails service. */
@Named
@RequestScoped
public class MailAccess {

  static final List<String> ROLES =
      List.of(
          StaffRole.Names.MUNICIPALITY_AMBASSADOR,
          StaffRole.Names.INVESTIGATING_OFFICER,
          StaffRole.Names.REGIONAL_HELPDESK);

  @Inject private ExternalContext externalContext;

  public boolean isAllowed() {
    return ROLES.stream().anyMatch(externalContext::isUserInRole);
  }

  /** The regional bureau reviews police requests and sets the region's review policy. */
  public boolean isRegionalBureau() {
    return externalContext.isUserInRole(StaffRole.Names.REGIONAL_HELPDESK);
  }
}

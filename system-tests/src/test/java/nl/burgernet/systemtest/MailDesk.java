package nl.burgernet.systemtest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.function.Function;
import nl.burgernet.mail.boundary.BurgernetMails;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeContext;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.StaffRole;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Works with Burgernetmail inside the application as Rotterdam's ambassador ("ambassadeur"). */
@Stateless(name = "MailDesk")
@PermitAll
@RunAs(StaffRole.Names.MUNICIPALITY_AMBASSADOR)
public class MailDesk {

  @Inject private BurgernetMails mails;

  @Inject private ReferenceData referenceData;

  static WebArchive addTo(WebArchive deployment) {
    return RunAsDescriptors.addTo(
            deployment, "MailDesk", "ambassadeur", StaffRole.Names.MUNICIPALITY_AMBASSADOR)
        .addClass(MailDesk.class);
  }

  /** In the ambassador's scope, the municipality named. */
  public <T> T asAmbassadorOf(String municipalityName, Function<BurgernetMails, T> work) {
    Municipality municipality = municipalityId(municipalityName);
    return ScopeContext.actingAs(
        Scope.municipality(municipality.getRegion().getId(), municipality.getId()),
        () -> work.apply(mails));
  }

  public long municipalityIdOf(String name) {
    return municipalityId(name).getId();
  }

  private Municipality municipalityId(String name) {
    return referenceData.municipalities().stream()
        .filter(municipality -> municipality.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}

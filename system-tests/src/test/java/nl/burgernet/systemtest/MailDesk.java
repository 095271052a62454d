package nl.burgernet.systemtest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.function.Function;
import nl.burgernet.mail.boundary.BurgernetMails;
import nl.burgernet.security.control.ScopeContext;
import nl.burgernet.security.entity.StaffRole;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Works with Burgernetmail inside the application as Rotterdam's ambassador ("ambassadeur"). */
@Stateless(name = "MailDesk")
@PermitAll
@RunAs(StaffRole.Names.MUNICIPALITY_AMBASSADOR)
public class MailDesk {

  @Inject private BurgernetMails mails;

  @EJB private MailTargetFixture places;

  static WebArchive addTo(WebArchive deployment) {
    return RunAsDescriptors.addTo(
            deployment, "MailDesk", "ambassadeur", StaffRole.Names.MUNICIPALITY_AMBASSADOR)
        .addClass(MailDesk.class);
  }

  /** In the ambassador's scope, the municipality named. */
  public <T> T asAmbassadorOf(String municipalityName, Function<BurgernetMails, T> work) {
    return ScopeContext.actingAs(places.scopeOf(municipalityName), () -> work.apply(mails));
  }

  public long municipalityIdOf(String name) {
    return places.scopeOf(name).municipalityId();
  }
}

package nl.burgernet.systemtest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.function.BiFunction;
import nl.burgernet.mail.boundary.BurgernetMailTemplates;
import nl.burgernet.mail.boundary.BurgernetMails;
import nl.burgernet.mail.boundary.NewsletterItems;
import nl.burgernet.security.control.ScopeContext;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.StaffRole;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Works with newsletter items, Burgernetmail templates and Burgernetmail inside the application as
 * a regional bureau ("helpdesk"), in the region of the municipality the test names.
 */
@Stateless(name = "BureauDesk")
@PermitAll
@RunAs(StaffRole.Names.REGIONAL_HELPDESK)
public class BureauDesk {

  @EJB private MailTargetFixture places;

  @Inject private NewsletterItems items;

  @Inject private BurgernetMailTemplates templates;

  @Inject private BurgernetMails mails;

  static WebArchive addTo(WebArchive deployment) {
    return RunAsDescriptors.addTo(
            deployment, "BureauDesk", "helpdesk", StaffRole.Names.REGIONAL_HELPDESK)
        .addClass(BureauDesk.class);
  }

  /** As the regional bureau of the municipality's region. */
  public <T> T inRegionOf(
      String municipalityName, BiFunction<NewsletterItems, BurgernetMails, T> work) {
    return ScopeContext.actingAs(regionOf(municipalityName), () -> work.apply(items, mails));
  }

  /** With the region's mail templates, as the regional bureau of the municipality's region. */
  public <T> T withTemplatesOf(
      String municipalityName, BiFunction<BurgernetMailTemplates, BurgernetMails, T> work) {
    return ScopeContext.actingAs(regionOf(municipalityName), () -> work.apply(templates, mails));
  }

  private Scope regionOf(String municipalityName) {
    return Scope.region(places.scopeOf(municipalityName).regionId());
  }

  public long municipalityIdOf(String name) {
    return places.scopeOf(name).municipalityId();
  }
}

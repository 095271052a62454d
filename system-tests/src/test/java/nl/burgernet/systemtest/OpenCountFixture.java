package nl.burgernet.systemtest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import nl.burgernet.mail.control.MailDispatch;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailContent;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailOpen;
import nl.burgernet.mail.entity.MailOrigin;
import nl.burgernet.mail.entity.RegionOpenCounting;
import nl.burgernet.mail.entity.ReviewPolicy;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.security.entity.Scope;

/**
 * A region's open counting as its regional bureau leaves it, an ambassador's mail handed to the
 * delivery pipeline inside the application, and the opens the application recorded for it.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class OpenCountFixture {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MailDispatch dispatch;

  @Inject private Clock clock;

  /** The municipality's region counts opens of its mails from now on, or no longer. */
  public void countOpens(String municipalityName, boolean counting) {
    long region = municipality(municipalityName).getRegion().getId();
    RegionOpenCounting current = em.find(RegionOpenCounting.class, region);
    if (current == null) {
      em.persist(new RegionOpenCounting(region, counting));
    } else {
      current.change(counting);
    }
  }

  /** A prevention mail of the municipality's ambassador, approved by herself and sent now. */
  public long sentMail(String municipalityName, String subject) {
    Municipality municipality = municipality(municipalityName);
    Instant now = clock.instant();
    BurgernetMail mail =
        new BurgernetMail(
            MailKind.PREVENTION,
            MailOrigin.MUNICIPALITY,
            new MailContent(
                subject, "<p>Beste {{naam}},</p><p>Sluit uw deur.</p>", "Beste {{naam}},"),
            municipality.getId(),
            "ambassadeur",
            Scope.municipality(municipality.getRegion().getId(), municipality.getId()),
            now);
    mail.submit(ReviewPolicy.OWN_APPROVAL, now);
    mail.schedule(now, now);
    em.persist(mail);
    em.flush();
    dispatch.handOver(mail, "ambassadeur", now);
    return mail.getId();
  }

  public boolean opensCounted(long mailId) {
    return em.find(BurgernetMail.class, mailId).isOpensCounted();
  }

  /** The recipients whose open of the mail was recorded, as its report counts them. */
  public long opensOf(long mailId) {
    return em.createNamedQuery(MailOpen.COUNT_OF_REQUEST, Long.class)
        .setParameter("request", em.find(BurgernetMail.class, mailId).getSendRequestId().get())
        .getSingleResult();
  }

  private Municipality municipality(String name) {
    return em.createQuery("SELECT m FROM Municipality m WHERE m.name = :name", Municipality.class)
        .setParameter("name", name)
        .getSingleResult();
  }
}

package nl.burgernet.systemtest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailContent;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailOrigin;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.mail.entity.ReviewPolicy;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.Postcode;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.security.entity.Scope;

/**
 * Test data for Burgernetmail inside the application: active participants with e-mail who live in a
 * municipality, and mails as the composer leaves them in the store.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class MailFixture {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  /** A participant as the mail tests know them. */
  public record Reader(String name, String email) {}

  /**
   * Active participants who want e-mail only and live in the municipality.
   *
   * @param prefix four digits that no other test uses
   */
  public List<Reader> participantsIn(String municipalityName, String prefix, int count) {
    Municipality municipality = municipality(municipalityName);
    Instant now = clock.instant();
    int year = now.atZone(ZoneOffset.UTC).getYear();
    List<Reader> readers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = "Lezer " + prefix + "-" + i;
      String email = "lezer-" + prefix + "-" + i + "@burgernet.test";
      Address home = new Address(Postcode.of("3011 AA"), 1 + i, null, "Coolsingel", "Stad");
      home.locate(51.92, 4.48, municipality);
      Participant participant =
          new Participant(
              new ContactDetails(name, null, null, EmailAddress.of(email)),
              home,
              EnumSet.of(Channel.EMAIL),
              1980,
              year,
              RegistrationSource.CARD,
              now,
              now);
      participant.assignTo(municipality);
      participant.activateWithoutConfirmation(now);
      em.persist(participant);
      readers.add(new Reader(name, email));
    }
    em.flush();
    return readers;
  }

  /** An approved mail of an ambassador of the municipality, planned for the given time. */
  public long scheduledMail(String municipalityName, String subject, Instant at) {
    return scheduledMail(
        municipalityName,
        MailKind.PREVENTION,
        new MailContent(subject, "<p>Beste {{naam}},</p><p>Sluit uw deur.</p>", "Beste {{naam}},"),
        at);
  }

  /** An approved mail of an ambassador of the municipality, planned for the given time. */
  public long scheduledMail(
      String municipalityName, MailKind kind, MailContent content, Instant at) {
    Municipality municipality = municipality(municipalityName);
    Instant now = clock.instant();
    BurgernetMail mail =
        new BurgernetMail(
            kind,
            MailOrigin.MUNICIPALITY,
            content,
            municipality.getId(),
            "ambassadeur",
            Scope.municipality(municipality.getRegion().getId(), municipality.getId()),
            now);
    mail.submit(ReviewPolicy.OWN_APPROVAL, now);
    mail.schedule(at, now);
    em.persist(mail);
    em.flush();
    return mail.getId();
  }

  /** The send request the mail was handed over as, once it was. */
  public Optional<Long> sendRequestOf(long mailId) {
    return em.find(BurgernetMail.class, mailId).getSendRequestId();
  }

  public long municipalityId(String name) {
    return municipality(name).getId();
  }

  public MailStatus statusOf(long mailId) {
    return em.find(BurgernetMail.class, mailId).getStatus();
  }

  /** The id of the newest mail with this subject, as a page shows it in its address. */
  public long idOf(String subject) {
    return em.createQuery(
            "SELECT m.id FROM BurgernetMail m WHERE m.subject = :subject ORDER BY m.id DESC",
            Long.class)
        .setParameter("subject", subject)
        .setMaxResults(1)
        .getSingleResult();
  }

  private Municipality municipality(String name) {
    return em.createQuery("SELECT m FROM Municipality m WHERE m.name = :name", Municipality.class)
        .setParameter("name", name)
        .getSingleResult();
  }
}

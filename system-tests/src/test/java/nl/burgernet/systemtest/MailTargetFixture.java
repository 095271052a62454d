package nl.burgernet.systemtest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
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
 * Participants placed where a Burgernetmail to a part of a municipality looks for them: at a
 * postcode and a point, wanting e-mail only, some of them no longer reachable by mail.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class MailTargetFixture {

  /** How a participant stands towards mail. */
  public enum Standing {
    ACTIVE,
    UNSUBSCRIBED,
    BOUNCED
  }

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  /** The scope of the municipality's own staff. */
  public Scope scopeOf(String municipalityName) {
    Municipality municipality = municipality(municipalityName);
    return Scope.municipality(municipality.getRegion().getId(), municipality.getId());
  }

  /** A participant with e-mail living at the postcode and point, belonging to the municipality. */
  public void place(
      String email,
      String municipalityName,
      String postcode,
      double latitude,
      double longitude,
      Standing standing) {
    Municipality municipality = municipality(municipalityName);
    Instant now = clock.instant();
    Address home = new Address(Postcode.of(postcode), 1, null, "Teststraat", "Stad");
    home.locate(latitude, longitude, municipality);
    Participant participant =
        new Participant(
            new ContactDetails("Lezer " + email, null, null, EmailAddress.of(email)),
            home,
            EnumSet.of(Channel.EMAIL),
            1980,
            now.atZone(ZoneOffset.UTC).getYear(),
            RegistrationSource.CARD,
            now,
            now);
    participant.assignTo(municipality);
    participant.activateWithoutConfirmation(now);
    switch (standing) {
      case UNSUBSCRIBED -> participant.unsubscribe(now);
      case BOUNCED -> participant.markEmailBounced("550 5.1.1 user unknown", now);
      case ACTIVE -> {}
    }
    em.persist(participant);
  }

  private Municipality municipality(String name) {
    return em.createQuery("SELECT m FROM Municipality m WHERE m.name = :name", Municipality.class)
        .setParameter("name", name)
        .getSingleResult();
  }
}

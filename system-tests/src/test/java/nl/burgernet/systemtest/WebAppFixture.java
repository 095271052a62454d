package nl.burgernet.systemtest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.burgernet.action.entity.ActionRound;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.Tip;
import nl.burgernet.participant.boundary.SelfService;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantLocation;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.Postcode;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Test data for the participant web app, inside the application: app participants at a point with
 * an e-mail address for their magic link, the tips and reported locations as stored.
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class WebAppFixture {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private SelfService selfService;

  @Inject private Clock clock;

  /** An active participant living at the point who wants the app; responsible municipality. */
  public long participantAt(String mobile, String email, GeoPoint point, String municipalityCode) {
    Instant now = clock.instant();
    Municipality municipality =
        em.createQuery("SELECT m FROM Municipality m WHERE m.cbsCode = :code", Municipality.class)
            .setParameter("code", municipalityCode)
            .getSingleResult();
    Address home = new Address(Postcode.of("3151 AA"), 1, null, "Strandweg", "Rotterdam");
    home.locate(point.latitude(), point.longitude(), municipality);
    Participant participant =
        new Participant(
            new ContactDetails(
                "Deelnemer " + mobile, PhoneNumber.of(mobile), null, EmailAddress.of(email)),
            home,
            EnumSet.of(Channel.APP, Channel.EMAIL),
            1980,
            now.atZone(ZoneOffset.UTC).getYear(),
            RegistrationSource.CARD,
            now,
            now);
    participant.assignTo(municipality);
    participant.activateWithoutConfirmation(now);
    em.persist(participant);
    em.flush();
    return participant.getId();
  }

  /** As the participant would on Mijn Burgernet: a magic link by mail. */
  public void requestLink(String email) {
    selfService.requestLink(email);
  }

  /** The send request of the action's first round to app participants by their position. */
  public Optional<Long> locationRequestOf(long actionId) {
    return em.createNamedQuery(ActionRound.OF_ACTION, ActionRound.class)
        .setParameter("action", actionId)
        .getResultList()
        .get(0)
        .getLocationRequestId();
  }

  public boolean hasLocation(long participantId) {
    return em.find(ParticipantLocation.class, participantId) != null;
  }

  /** The tips of the action as stored, newest first. */
  public List<Tip> tipsOf(long actionId) {
    return em.createNamedQuery(Tip.OF_ACTION, Tip.class)
        .setParameter("action", actionId)
        .getResultList();
  }
}

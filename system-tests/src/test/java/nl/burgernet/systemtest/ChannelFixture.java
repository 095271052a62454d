package nl.burgernet.systemtest;

import jakarta.annotation.security.PermitAll;
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
import nl.burgernet.participant.boundary.SelfService;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.Postcode;
import nl.burgernet.participant.entity.PushSubscription;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.systemtest.DeliveryFixture.Recipient;

/**
 * Participants who want the app and voice calls (numbers {@code +316<prefix><nnnn>}, and for the
 * even ones a landline {@code +3130<prefix><nnn>}), their magic links and their push subscriptions,
 * inside the application.
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class ChannelFixture {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private SelfService selfService;

  @Inject private Clock clock;

  public List<Recipient> appAndVoiceParticipants(String prefix, int count) {
    Instant now = clock.instant();
    List<Recipient> recipients = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String mobile = DeliveryFixture.mobileOf(prefix, i);
      String email = DeliveryFixture.emailOf(prefix, i);
      Participant participant =
          new Participant(
              new ContactDetails(
                  "Deelnemer " + i,
                  PhoneNumber.of(mobile),
                  i % 2 == 0 ? PhoneNumber.of(landlineOf(prefix, i)) : null,
                  EmailAddress.of(email)),
              new Address(Postcode.of("3511 AB"), 1 + i, null, "Oudegracht", "Utrecht"),
              EnumSet.of(Channel.APP, Channel.VOICE),
              1980,
              now.atZone(ZoneOffset.UTC).getYear(),
              RegistrationSource.CARD,
              now,
              now);
      participant.activateWithoutConfirmation(now);
      em.persist(participant);
      em.flush();
      recipients.add(new Recipient(participant.getId(), mobile, email));
    }
    return recipients;
  }

  public static String landlineOf(String prefix, int i) {
    return "+3130" + prefix + String.format("%03d", i);
  }

  /** As the participant would on Mijn Burgernet: a magic link by mail. */
  public void requestLink(String email) {
    selfService.requestLink(email);
  }

  public long pushSubscriptionsOf(long participantId) {
    return em.createNamedQuery(PushSubscription.OF_PARTICIPANT, PushSubscription.class)
        .setParameter("participant", participantId)
        .getResultList()
        .size();
  }
}

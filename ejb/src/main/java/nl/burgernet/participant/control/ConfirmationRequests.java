package nl.burgernet.participant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.burgernet.participant.entity.Participant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The double opt-in: a new single-use token whose hash goes on the participant and whose link goes
 * in a mail through the outbound port, valid for {@code burgernet.registration.confirmation-hours}.
 */
@ApplicationScoped
public class ConfirmationRequests {

  @Inject private ParticipantMails mails;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "burgernet.registration.confirmation-hours", defaultValue = "48")
  int confirmationHours;

  public void request(Participant participant) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(Duration.ofHours(confirmationHours));
    String token = ConfirmationTokens.newToken();
    participant.awaitConfirmation(ConfirmationTokens.hash(token), expiresAt, now);
    mails.sendConfirmationRequest(participant, token, expiresAt);
  }
}

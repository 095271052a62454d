package nl.burgernet.participant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.entity.SmsMessage;
import nl.burgernet.participant.entity.Participant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The double opt-in: a new single-use token whose hash goes on the participant and whose link goes
 * in a mail through the outbound port, valid for {@code burgernet.registration.confirmation-hours};
 * or, for a participant with a mobile number and no e-mail address, a short numeric code by SMS,
 * valid for {@code burgernet.registration.sms-code-minutes}, with a few tries.
 */
@ApplicationScoped
public class ConfirmationRequests {

  @Inject private ParticipantMails mails;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "burgernet.registration.confirmation-hours", defaultValue = "48")
  int confirmationHours;

  @Inject private Outbox outbox;

  @Inject
  @ConfigProperty(name = "burgernet.registration.sms-code-minutes", defaultValue = "60")
  int codeMinutes;

  @Inject
  @ConfigProperty(name = "burgernet.registration.sms-code-attempts", defaultValue = "5")
  int codeAttempts;

  public void request(Participant participant) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(Duration.ofHours(confirmationHours));
    String token = ConfirmationTokens.newToken();
    participant.awaitConfirmation(ConfirmationTokens.hash(token), expiresAt, now);
    mails.sendConfirmationRequest(participant, token, expiresAt);
  }

  /** Sends a new code by SMS; only its hash, salted with the registration's reference, is kept. */
  public void requestCode(Participant participant) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(Duration.ofMinutes(codeMinutes));
    String code = SmsCodes.newCode();
    participant.awaitCode(SmsCodes.hash(participant.getReference(), code), expiresAt, now);
    outbox.post(
        new SmsMessage(
            participant.getMobile().orElseThrow().e164(),
            MessageFormat.format(CODE_TEXT, code, codeMinutes)));
  }

  /** How many wrong codes a citizen may try before a relation manager takes over. */
  public int codeAttempts() {
    return codeAttempts;
  }

  private static final String CODE_TEXT =
      "Uw Burgernet-code is {0}. Vul deze in op de bevestigingspagina. De code is {1} minuten"
          + " geldig.";
}

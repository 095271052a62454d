package nl.burgernet.participant.control;

import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.QueueReason;

/**
 * The routing rules of a new registration (issue 3): same phone or e-mail as an existing
 * participant, or one of a burst from one source, goes to quarantine; an address that cannot be
 * located, incomplete data, or neither e-mail address nor mobile number to confirm with goes to
 * verification; anything else waits for the citizen's confirmation: by the link in a mail, or
 * without e-mail address by a code by SMS.
 */
public final class RegistrationRouting {

  private RegistrationRouting() {}

  /** What is known about a registration when it is routed. */
  public record Facts(
      boolean duplicatePhone,
      boolean duplicateEmail,
      boolean burst,
      boolean located,
      boolean complete,
      boolean hasEmail,
      boolean hasMobile) {}

  public static Routing route(Facts facts) {
    if (facts.duplicatePhone()) {
      return new Routing(ParticipantStatus.QUARANTINE, QueueReason.DUPLICATE_PHONE);
    }
    if (facts.duplicateEmail()) {
      return new Routing(ParticipantStatus.QUARANTINE, QueueReason.DUPLICATE_EMAIL);
    }
    if (facts.burst()) {
      return new Routing(ParticipantStatus.QUARANTINE, QueueReason.SUSPICIOUS_BURST);
    }
    if (!facts.located()) {
      return new Routing(ParticipantStatus.VERIFICATION, QueueReason.ADDRESS_NOT_FOUND);
    }
    if (!facts.complete()) {
      return new Routing(ParticipantStatus.VERIFICATION, QueueReason.INCOMPLETE);
    }
    if (!facts.hasEmail() && !facts.hasMobile()) {
      // only a landline: nothing to send a link or a code to, so a relation manager calls
      return new Routing(ParticipantStatus.VERIFICATION, QueueReason.NO_EMAIL);
    }
    return new Routing(ParticipantStatus.AWAITING_CONFIRMATION, null);
  }
}

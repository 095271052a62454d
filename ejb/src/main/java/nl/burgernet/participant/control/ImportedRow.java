package nl.burgernet.participant.control;

import nl.burgernet.participant.entity.ImportOutcome;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.RegistrationCard;

/**
 * What becomes of a row: its outcome, the reason (for refused, held and incomplete rows), the
 * participant to write (for every outcome that makes one) and the card for the call-back list (for
 * an incomplete row).
 */
public record ImportedRow(
    int number,
    ImportOutcome outcome,
    ImportRefusal reason,
    Participant participant,
    RegistrationCard card) {

  ImportedRow(int number, ImportOutcome outcome, ImportRefusal reason, Participant participant) {
    this(number, outcome, reason, participant, null);
  }

  static ImportedRow refused(int number, ImportRefusal reason) {
    return new ImportedRow(number, ImportOutcome.REFUSED, reason, null);
  }

  static ImportedRow callBack(int number, ImportRefusal reason, RegistrationCard card) {
    return new ImportedRow(number, ImportOutcome.CALL_BACK, reason, null, card);
  }
}

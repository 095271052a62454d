package nl.burgernet.participant.control;

import nl.burgernet.participant.entity.ImportOutcome;
import nl.burgernet.participant.entity.Participant;

/**
 * What becomes of a row: its outcome, the reason (for refused and held rows) and the participant to
 * write (for every outcome but refused).
 */
public record ImportedRow(
    int number, ImportOutcome outcome, ImportRefusal reason, Participant participant) {

  static ImportedRow refused(int number, ImportRefusal reason) {
    return new ImportedRow(number, ImportOutcome.REFUSED, reason, null);
  }
}

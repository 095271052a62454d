package nl.burgernet.participant.entity;

/** Where a paper registration card on the call-back list stands. */
public enum CardStatus {
  /** Something is missing; the relation manager calls the applicant. */
  CALL_BACK,
  /** Completed by phone and registered. */
  COMPLETED,
  /** Could not be completed (applicant not reached, no longer interested). */
  CLOSED
}

package nl.burgernet.participant.entity;

/** What became of one row of an import file. */
public enum ImportOutcome {
  /** A participant, active at once (the region approves automatically). */
  IMPORTED,
  /** A participant waiting for the relation manager's approval (the region's policy). */
  APPROVAL,
  /** A participant in the verification queue: address not found, incomplete, no e-mail. */
  VERIFICATION,
  /** A participant in quarantine: phone or e-mail is already known. */
  QUARANTINE,
  /**
   * No participant yet: something is left out that a call can complete (house number, any way to
   * reach the person); the row is on the call-back list, as an incomplete paper card.
   */
  CALL_BACK,
  /** No participant: the row breaks a rule; the reason says which. */
  REFUSED;

  /** Whether the row became a participant (in whatever status). */
  public boolean isParticipant() {
    return this != REFUSED && this != CALL_BACK;
  }

  /** Whether the row became a participant that waits in one of the relation manager's queues. */
  public boolean isHeld() {
    return this == APPROVAL || this == VERIFICATION || this == QUARANTINE;
  }
}

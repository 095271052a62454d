package nl.burgernet.participant.entity;

/** What a confirmation link is worth at a moment. */
public enum ConfirmationState {
  VALID,
  EXPIRED,
  /** Already followed, or the registration moved on (rejected, unsubscribed). */
  USED
}

package nl.burgernet.participant.entity;

/** What a confirmation link, self-service link or self-service session is worth at a moment. */
public enum ConfirmationState {
  VALID,
  EXPIRED,
  /** Already followed, or the participant moved on (rejected, unsubscribed). */
  USED
}

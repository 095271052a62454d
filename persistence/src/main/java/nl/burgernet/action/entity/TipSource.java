package nl.burgernet.action.entity;

/** How a tip reached the control room. */
public enum TipSource {
  /** A reply by SMS from a participant the action reached. */
  SMS,
  /** Sent from the participant web app, possibly with a photo and a location. */
  APP,
  /** Typed in by the operator, e.g. from a phone call. */
  OPERATOR
}

package nl.burgernet.participant.entity;

/** The short list of reasons a participant may give when leaving, for the reports. */
public enum UnsubscribeReason {
  TOO_MANY_MESSAGES,
  NOT_RELEVANT,
  MOVED,
  PRIVACY,
  OTHER
}

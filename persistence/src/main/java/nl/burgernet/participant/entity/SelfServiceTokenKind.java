package nl.burgernet.participant.entity;

/** What a self-service token opens. */
public enum SelfServiceTokenKind {
  /** The magic link in the mail: used once, to open a session. */
  LINK,
  /** The short session the link opened, held by the participant's page. */
  SESSION,
  /**
   * The participant web app on one device, paired by spending a link: long-lived, ended by the app
   * or by unsubscribing.
   */
  DEVICE
}

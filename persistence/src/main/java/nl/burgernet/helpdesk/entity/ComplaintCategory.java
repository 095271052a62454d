package nl.burgernet.helpdesk.entity;

/**
 * What a complaint is about, so that trends show per month (seed 004: "aan de hand van klachten
 * trends signaleren"); the categories follow what participants complain about to a Burgernet
 * helpdesk.
 */
public enum ComplaintCategory {
  /** Too many actions or mails. */
  TOO_MANY_MESSAGES,
  /** A message at night or at an inconvenient moment (quiet hours). */
  INCONVENIENT_TIME,
  /** A message about an area the participant does not live or work in. */
  WRONG_AREA,
  /** The content or tone of an action or mail. */
  MESSAGE_CONTENT,
  /** Registering, changing or unsubscribing did not work. */
  REGISTRATION,
  /** Use of personal data. */
  PRIVACY,
  /** The app, SMS or voice call did not work. */
  TECHNICAL,
  /** How the participant was treated by staff. */
  TREATMENT,
  OTHER
}

package nl.burgernet.mail.entity;

/** How a region reviews its municipalities' mails. */
public enum ReviewPolicy {
  /** The ambassador approves their own mail. */
  OWN_APPROVAL,
  /** Someone else approves it: another ambassador of the municipality or the regional bureau. */
  SECOND_PAIR
}

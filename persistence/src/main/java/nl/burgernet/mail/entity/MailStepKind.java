package nl.burgernet.mail.entity;

/** The steps in a mail's record. */
public enum MailStepKind {
  CREATED,
  SAVED,
  SUBMITTED,
  OWN_APPROVAL,
  APPROVED,
  RETURNED,
  TEST_SENT,
  SCHEDULED,
  UNSCHEDULED,
  SENT,
  STOPPED,
  /** The investigator set the questions of a Digitaal Buurtonderzoek. */
  QUESTIONS_SET,
  /** A follow-up mail to the same recipients was started from this mail. */
  FOLLOWED_UP
}

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
  STOPPED
}

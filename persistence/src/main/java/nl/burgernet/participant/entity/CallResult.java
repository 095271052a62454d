package nl.burgernet.participant.entity;

/** How a call to the applicant of an incomplete registration card went. */
public enum CallResult {
  REACHED,
  NO_ANSWER,
  WRONG_NUMBER
}

package nl.burgernet.mail.entity;

/** What a question of a Digitaal Buurtonderzoek asks for, and so how the form takes the answer. */
public enum InquiryQuestionKind {
  /** Free text. */
  TEXT,
  /** Yes or no. */
  YES_NO,
  /** A date and time, in Europe/Amsterdam. */
  TIME_SEEN,
  /** An optional photo (JPEG or PNG). */
  PHOTO
}

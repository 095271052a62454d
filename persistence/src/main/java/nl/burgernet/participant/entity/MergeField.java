package nl.burgernet.participant.entity;

/**
 * A value a relation manager can take from a duplicate registration into the existing participant
 * when merging; every value not chosen stays as the participant has it.
 */
public enum MergeField {
  NAME,
  EMAIL,
  MOBILE,
  LANDLINE,
  /** The home address together with the work address of the registration. */
  HOME,
  YEAR_OF_BIRTH
}

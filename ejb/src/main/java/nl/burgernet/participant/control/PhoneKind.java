package nl.burgernet.participant.control;

/** Which of a participant's two numbers is meant: SMS and voice go to a mobile number. */
public enum PhoneKind {
  MOBILE,
  LANDLINE
}

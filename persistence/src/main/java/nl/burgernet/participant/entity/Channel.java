package nl.burgernet.participant.entity;

/** How a participant wants to receive Burgernetacties and Burgernetmail. */
public enum Channel {
  APP,
  SMS,
  VOICE,
  EMAIL
}

package nl.burgernet.participant.entity;

/** Where a registration came from; paper cards are charged to the municipality (seed 003). */
public enum RegistrationSource {
  WEB,
  APP,
  CARD,
  IMPORT
}

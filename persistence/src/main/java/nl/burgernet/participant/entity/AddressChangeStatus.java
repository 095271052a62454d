package nl.burgernet.participant.entity;

/** Where an address change asked for by a participant stands. */
public enum AddressChangeStatus {
  /** Waits for the relation manager. */
  PENDING,
  APPROVED,
  REJECTED,
  /** Replaced by a newer request, or the participant left. */
  WITHDRAWN
}

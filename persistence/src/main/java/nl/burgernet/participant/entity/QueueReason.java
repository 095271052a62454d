package nl.burgernet.participant.entity;

/** Why a registration waits in the verification or quarantine queue of the relation manager. */
public enum QueueReason {
  /** The home address was not found by the geocoder. */
  ADDRESS_NOT_FOUND,
  /** Street or place is missing. */
  INCOMPLETE,
  /** Only a telephone number: there is no e-mail address to confirm the registration with. */
  NO_EMAIL,
  /** Another participant has the same mobile or landline number. */
  DUPLICATE_PHONE,
  /** Another participant has the same e-mail address. */
  DUPLICATE_EMAIL,
  /** One source (client address, app installation) registered more than its region allows. */
  SUSPICIOUS_BURST,
  /** Confirmed by the citizen; the region wants a relation manager to approve it. */
  AWAITING_APPROVAL
}

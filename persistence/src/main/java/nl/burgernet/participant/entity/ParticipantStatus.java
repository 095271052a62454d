package nl.burgernet.participant.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a participant is in the lifecycle, and where each status may lead. */
public enum ParticipantStatus {
  /** Registered; waits for the citizen to follow the link in the confirmation mail. */
  AWAITING_CONFIRMATION,
  /** Waits for a relation manager: address not found or data incomplete. */
  VERIFICATION,
  /** Held back by a relation manager: looks like a duplicate. */
  QUARANTINE,
  /** Receives actions. */
  ACTIVE,
  /** Refused by a relation manager; kept for the record. */
  REJECTED,
  /** Left Burgernet: by the unsubscribe link, also while the registration was still open. */
  UNSUBSCRIBED,
  /** A duplicate registration taken into an existing participant; kept for the record. */
  MERGED;

  static {
    AWAITING_CONFIRMATION.next = EnumSet.of(ACTIVE, VERIFICATION, UNSUBSCRIBED);
    VERIFICATION.next =
        EnumSet.of(AWAITING_CONFIRMATION, ACTIVE, REJECTED, QUARANTINE, UNSUBSCRIBED);
    QUARANTINE.next =
        EnumSet.of(AWAITING_CONFIRMATION, ACTIVE, REJECTED, VERIFICATION, UNSUBSCRIBED, MERGED);
    ACTIVE.next = EnumSet.of(UNSUBSCRIBED);
    REJECTED.next = EnumSet.noneOf(ParticipantStatus.class);
    UNSUBSCRIBED.next = EnumSet.noneOf(ParticipantStatus.class);
    MERGED.next = EnumSet.noneOf(ParticipantStatus.class);
  }

  private Set<ParticipantStatus> next;

  public boolean canMoveTo(ParticipantStatus target) {
    return next.contains(target);
  }

  /** The statuses a relation manager works off. */
  public boolean isQueue() {
    return this == VERIFICATION || this == QUARANTINE;
  }
}

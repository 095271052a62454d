package nl.burgernet.helpdesk.entity;

import java.time.Instant;

/** Where a ticket is; open and in progress count towards the due date. */
public enum TicketStatus {
  /** Waiting for someone at its line to take it. */
  OPEN,
  /** Taken by its owner. */
  IN_PROGRESS,
  /** The answer is given (and mailed where an address is known). */
  ANSWERED,
  /** Nothing more to do. */
  CLOSED;

  public boolean isPending() {
    return this == OPEN || this == IN_PROGRESS;
  }

  /**
   * Overdue: still waiting for an answer after its due date. An answered or closed ticket is never
   * overdue, however late it was answered (that shows as not answered in time).
   */
  public boolean isOverdue(Instant dueAt, Instant now) {
    return isPending() && now.isAfter(dueAt);
  }
}

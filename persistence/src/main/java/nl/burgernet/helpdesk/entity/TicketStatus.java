package nl.burgernet.helpdesk.entity;

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
}

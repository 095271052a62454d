package nl.burgernet.delivery.entity;

/** Where a send request is: sending until no delivery is open, or stopped by staff. */
public enum SendRequestState {
  /** Deliveries are written and on their way. */
  SENDING,
  /** No delivery waits any more; receipts may still change SENT into DELIVERED or FAILED. */
  FINISHED,
  /** Stopped: deliveries not yet sent were cancelled. */
  RECALLED;

  public boolean canMoveTo(SendRequestState target) {
    return switch (this) {
      case SENDING -> target == FINISHED || target == RECALLED;
      // a retry of dead letters sends again; a finished request has nothing left to recall
      case FINISHED -> target == SENDING;
      case RECALLED -> false;
    };
  }
}

package nl.burgernet.action.entity;

/** How an action ended, as the operator closes it; reports count successes by it. */
public enum Outcome {
  FOUND_THANKS_TO_PARTICIPANT(Success.HARD),
  FOUND_OTHERWISE(Success.SOFT),
  NOT_FOUND(Success.NONE),
  CANCELLED(Success.NONE);

  /** Hard success: found thanks to a participant's tip; soft: a good end, not through one. */
  public enum Success {
    HARD,
    SOFT,
    NONE
  }

  private final Success success;

  Outcome(Success success) {
    this.success = success;
  }

  public Success success() {
    return success;
  }

  /** Societal success (seed 000): hard and soft together. */
  public boolean isSuccess() {
    return success != Success.NONE;
  }
}

package nl.burgernet.report.entity;

import java.util.OptionalDouble;

/** The sum of counted action months: for a month, a kind, a domain or a whole period. */
public final class ActionTally {

  private long actions;
  private long stillOpen;
  private long hard;
  private long soft;
  private long withoutSuccess;
  private long recipients;
  private long tips;
  private long firstMessageActions;
  private double firstMessageSeconds;

  public ActionTally add(ActionMonthCount count) {
    actions += count.getActions();
    stillOpen += count.getStillOpen();
    hard += count.getHardSuccesses();
    soft += count.getSoftSuccesses();
    withoutSuccess += count.getWithoutSuccess();
    recipients += count.getRecipients();
    tips += count.getTips();
    firstMessageActions += count.getFirstMessageActions();
    firstMessageSeconds += count.getFirstMessageSeconds();
    return this;
  }

  public long actions() {
    return actions;
  }

  public long stillOpen() {
    return stillOpen;
  }

  public long recipients() {
    return recipients;
  }

  public long tips() {
    return tips;
  }

  public SuccessRates rates() {
    return new SuccessRates(hard + soft + withoutSuccess, hard, soft);
  }

  /** The average seconds from an action's start to its first message; empty if none went out. */
  public OptionalDouble averageSecondsToFirstMessage() {
    return firstMessageActions == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(firstMessageSeconds / firstMessageActions);
  }
}

package nl.burgernet.report.entity;

import java.util.Optional;
import nl.burgernet.action.entity.Outcome;

/**
 * What the management report counts of one action.
 *
 * @param outcome empty while the action is open
 * @param secondsToFirstMessage from the start of the action to its first message sent; empty when
 *     none went out
 */
public record ActionFigures(
    Optional<Outcome> outcome, int tips, Optional<Double> secondsToFirstMessage) {

  /** How the action counts in the success figures. */
  public enum Success {
    OPEN,
    HARD,
    SOFT,
    NONE
  }

  public Success success() {
    return outcome
        .map(
            closed ->
                switch (closed.success()) {
                  case HARD -> Success.HARD;
                  case SOFT -> Success.SOFT;
                  case NONE -> Success.NONE;
                })
        .orElse(Success.OPEN);
  }
}

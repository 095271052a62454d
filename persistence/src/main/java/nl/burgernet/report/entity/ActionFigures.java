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
    NONE;

    /** Open while the action has no outcome; closed ones by the outcome's success. */
    public static Success of(Optional<Outcome> outcome) {
      return outcome
          .map(
              closed ->
                  switch (closed.success()) {
                    case HARD -> HARD;
                    case SOFT -> SOFT;
                    case NONE -> NONE;
                  })
          .orElse(OPEN);
    }
  }

  public Success success() {
    return Success.of(outcome);
  }
}

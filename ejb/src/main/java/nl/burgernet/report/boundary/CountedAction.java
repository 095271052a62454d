package nl.burgernet.report.boundary;

import java.time.Instant;
import java.util.Optional;
import nl.burgernet.action.entity.ActionDomain;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.Outcome;
import nl.burgernet.report.entity.ActionFigures;

/**
 * One action as the MARAP counts it, without what it says (a description may name a missing
 * person): what the management may see behind a figure.
 *
 * @param reached the participants it reached in the area of the list: all its rounds' recipients
 *     for a region, the distinct participants there for a municipality
 */
public record CountedAction(
    long id,
    Instant startedAt,
    ActionKind kind,
    Optional<Outcome> outcome,
    long reached,
    int tips) {

  public ActionDomain domain() {
    return ActionDomain.of(kind);
  }

  /** How it counts in the success figures, by the same rule as the counts. */
  public ActionFigures.Success success() {
    return ActionFigures.Success.of(outcome);
  }
}

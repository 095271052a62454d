package nl.burgernet.report.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.burgernet.action.entity.ActionDomain;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.entity.ActionTally;

/**
 * The MARAP page "Acties": how Burgernet was used and whether it worked, for a region or for the
 * actions that reached participants in one of its municipalities.
 *
 * @param countedAt when the actions were last counted; empty when none were counted
 */
public record ActionReport(
    Area region,
    Optional<Area> municipality,
    Optional<Instant> countedAt,
    BigDecimal successTargetPercent,
    ActionTally total,
    List<Month> months,
    List<Kind> kinds,
    List<Domain> domains) {

  public record Month(YearMonth month, ActionTally tally) {}

  public record Kind(ActionKind kind, ActionTally tally) {}

  public record Domain(ActionDomain domain, ActionTally tally) {}

  public boolean meetsTarget() {
    return total.rates().meets(successTargetPercent);
  }
}

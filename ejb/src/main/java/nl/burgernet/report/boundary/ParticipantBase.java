package nl.burgernet.report.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.burgernet.participant.entity.UnsubscribeReason;
import nl.burgernet.report.entity.ParticipantCoverage;

/**
 * The MARAP's participant base of a region, or of one municipality in it: how large it is, how well
 * it covers the inhabitants against the region's targets, how it grows per month and why people
 * leave.
 *
 * @param municipality set when the figures are of one municipality (the drill-down)
 * @param countedAt when the base was last counted; empty before the first count
 * @param channels active participants per channel (APP, SMS, VOICE, EMAIL)
 * @param ages active participants per age band (16-24, 25-34, ... 75+)
 * @param sources active participants per source (WEB, APP, CARD, IMPORT)
 * @param reasons unsubscriptions in the period per reason; key {@code null}: no reason given
 */
public record ParticipantBase(
    Area region,
    Optional<Area> municipality,
    Optional<Instant> countedAt,
    BigDecimal targetPercent,
    BigDecimal recruitmentFocusPercent,
    ParticipantCoverage coverage,
    List<MunicipalityLine> municipalities,
    Map<String, Long> channels,
    Map<String, Long> ages,
    Map<String, Long> sources,
    List<MonthLine> months,
    Map<UnsubscribeReason, Long> reasons) {

  /** A region or municipality by id and name. */
  public record Area(long id, String name) {}

  /** One municipality's coverage, with whether it meets the target or needs recruiting. */
  public record MunicipalityLine(
      Area municipality,
      ParticipantCoverage coverage,
      Map<String, Long> channels,
      boolean meetsTarget,
      boolean recruitmentFocus) {}

  /** New participants and unsubscriptions of one month. */
  public record MonthLine(YearMonth month, long newParticipants, long unsubscriptions) {

    public long netGrowth() {
      return newParticipants - unsubscriptions;
    }
  }

  public long newParticipants() {
    return months.stream().mapToLong(MonthLine::newParticipants).sum();
  }

  public long unsubscriptions() {
    return months.stream().mapToLong(MonthLine::unsubscriptions).sum();
  }

  public long netGrowth() {
    return newParticipants() - unsubscriptions();
  }

  public boolean meetsTarget() {
    return coverage.meets(targetPercent);
  }
}

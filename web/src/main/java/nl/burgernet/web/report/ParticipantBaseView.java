package nl.burgernet.web.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.burgernet.report.boundary.ParticipantBase;
import nl.burgernet.report.entity.ParticipantCoverage;

/** The MARAP participant base as the API shows it; the same figures as the page. */
public record ParticipantBaseView(
    String region,
    String municipality,
    Instant countedAt,
    BigDecimal targetPercent,
    BigDecimal recruitmentFocusPercent,
    Coverage total,
    List<Line> municipalities,
    Map<String, Long> channels,
    Map<String, Long> ages,
    Map<String, Long> sources,
    List<Month> months,
    Map<String, Long> unsubscriptionReasons) {

  /** Participants against inhabitants and households. */
  public record Coverage(
      long participants,
      long inhabitants,
      long households,
      BigDecimal percentOfInhabitants,
      BigDecimal perThousandHouseholds) {

    static Coverage of(ParticipantCoverage coverage) {
      return new Coverage(
          coverage.participants(),
          coverage.inhabitants(),
          coverage.households(),
          coverage.percentOfInhabitants(),
          coverage.perThousandHouseholds());
    }
  }

  /** One municipality. */
  public record Line(
      long id,
      String municipality,
      Coverage coverage,
      Map<String, Long> channels,
      boolean meetsTarget,
      boolean recruitmentFocus) {}

  /** One month; {@code month} as yyyy-MM. */
  public record Month(String month, long newParticipants, long unsubscriptions, long netGrowth) {}

  static ParticipantBaseView of(ParticipantBase base) {
    Map<String, Long> reasons = new TreeMap<>();
    base.reasons()
        .forEach((reason, count) -> reasons.put(reason == null ? "NONE" : reason.name(), count));
    return new ParticipantBaseView(
        base.region().name(),
        base.municipality().map(ParticipantBase.Area::name).orElse(null),
        base.countedAt().orElse(null),
        base.targetPercent(),
        base.recruitmentFocusPercent(),
        Coverage.of(base.coverage()),
        base.municipalities().stream()
            .map(
                line ->
                    new Line(
                        line.municipality().id(),
                        line.municipality().name(),
                        Coverage.of(line.coverage()),
                        line.channels(),
                        line.meetsTarget(),
                        line.recruitmentFocus()))
            .toList(),
        base.channels(),
        base.ages(),
        base.sources(),
        base.months().stream()
            .map(
                month ->
                    new Month(
                        month.month().toString(),
                        month.newParticipants(),
                        month.unsubscriptions(),
                        month.netGrowth()))
            .toList(),
        reasons);
  }
}

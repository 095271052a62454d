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
    Map<String, Long> unsubscriptionReasons)
    implements MarapFigureSet {

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

    /**
     * @param path where the coverage stands in the JSON line, e.g. "coverage."
     */
    void addTo(CsvTable.Figures figures, String section, String name, String path) {
      figures
          .add(section, name, path + "participants", participants)
          .add(section, name, path + "inhabitants", inhabitants)
          .add(section, name, path + "households", households)
          .add(section, name, path + "percentOfInhabitants", percentOfInhabitants)
          .add(section, name, path + "perThousandHouseholds", perThousandHouseholds);
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

  @Override
  public CsvTable csv() {
    CsvTable.Figures figures =
        CsvTable.figures()
            .add("summary", area(), "targetPercent", targetPercent)
            .add("summary", area(), "recruitmentFocusPercent", recruitmentFocusPercent);
    total.addTo(figures, "total", area(), "");
    for (Line line : municipalities) {
      line.coverage().addTo(figures, "municipalities", line.municipality(), "coverage.");
      line.channels()
          .forEach(
              (channel, count) ->
                  figures.add("municipalities", line.municipality(), "channels." + channel, count));
    }
    counts(figures, "channels", channels, "participants");
    counts(figures, "ages", ages, "participants");
    counts(figures, "sources", sources, "participants");
    for (Month month : months) {
      figures
          .add("months", month.month(), "newParticipants", month.newParticipants())
          .add("months", month.month(), "unsubscriptions", month.unsubscriptions())
          .add("months", month.month(), "netGrowth", month.netGrowth());
    }
    counts(figures, "unsubscriptionReasons", unsubscriptionReasons, "unsubscriptions");
    return figures.table();
  }

  private static void counts(
      CsvTable.Figures figures, String section, Map<String, Long> counts, String figure) {
    counts.forEach((name, count) -> figures.add(section, name, figure, count));
  }

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

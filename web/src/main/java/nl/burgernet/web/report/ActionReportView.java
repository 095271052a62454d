package nl.burgernet.web.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.burgernet.report.boundary.ActionReport;
import nl.burgernet.report.entity.ActionTally;
import nl.burgernet.report.entity.SuccessRates;

/** The MARAP actions as the API shows them; the same figures as the page. */
public record ActionReportView(
    String region,
    String municipality,
    Instant countedAt,
    BigDecimal successTargetPercent,
    Tally total,
    List<Named> months,
    List<Named> kinds,
    List<Named> domains)
    implements MarapFigureSet {

  /** The figures of a month, a kind, a domain or the whole period. */
  public record Tally(
      long actions,
      long stillOpen,
      long closed,
      long hardSuccesses,
      long softSuccesses,
      BigDecimal hardSuccessPercent,
      BigDecimal softSuccessPercent,
      BigDecimal societalSuccessPercent,
      long recipients,
      long tips,
      Double averageSecondsToFirstMessage) {

    static Tally of(ActionTally tally) {
      SuccessRates rates = tally.rates();
      return new Tally(
          tally.actions(),
          tally.stillOpen(),
          rates.closed(),
          rates.hard(),
          rates.soft(),
          rates.hardPercent(),
          rates.softPercent(),
          rates.societalPercent(),
          tally.recipients(),
          tally.tips(),
          tally.averageSecondsToFirstMessage().isPresent()
              ? tally.averageSecondsToFirstMessage().getAsDouble()
              : null);
    }

    void addTo(CsvTable.Figures figures, String section, String name) {
      figures
          .add(section, name, "actions", actions)
          .add(section, name, "stillOpen", stillOpen)
          .add(section, name, "closed", closed)
          .add(section, name, "hardSuccesses", hardSuccesses)
          .add(section, name, "softSuccesses", softSuccesses)
          .add(section, name, "hardSuccessPercent", hardSuccessPercent)
          .add(section, name, "softSuccessPercent", softSuccessPercent)
          .add(section, name, "societalSuccessPercent", societalSuccessPercent)
          .add(section, name, "recipients", recipients)
          .add(section, name, "tips", tips)
          .add(section, name, "averageSecondsToFirstMessage", averageSecondsToFirstMessage);
    }
  }

  /** A month (yyyy-MM), a kind or a domain with its figures. */
  public record Named(String name, Tally figures) {}

  @Override
  public CsvTable csv() {
    CsvTable.Figures figures =
        CsvTable.figures().add("summary", area(), "successTargetPercent", successTargetPercent);
    total.addTo(figures, "total", area());
    months.forEach(month -> month.figures().addTo(figures, "months", month.name()));
    kinds.forEach(kind -> kind.figures().addTo(figures, "kinds", kind.name()));
    domains.forEach(domain -> domain.figures().addTo(figures, "domains", domain.name()));
    return figures.table();
  }

  static ActionReportView of(ActionReport report) {
    return new ActionReportView(
        report.region().name(),
        report.municipality().map(area -> area.name()).orElse(null),
        report.countedAt().orElse(null),
        report.successTargetPercent(),
        Tally.of(report.total()),
        report.months().stream()
            .map(month -> new Named(month.month().toString(), Tally.of(month.tally())))
            .toList(),
        report.kinds().stream()
            .map(kind -> new Named(kind.kind().name(), Tally.of(kind.tally())))
            .toList(),
        report.domains().stream()
            .map(domain -> new Named(domain.domain().name(), Tally.of(domain.tally())))
            .toList());
  }
}

package nl.burgernet.web.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.burgernet.report.boundary.MailReport;

/** The MARAP Burgernetmail figures as the API shows them; the same figures as the page. */
public record MailReportView(
    String region,
    String municipality,
    Instant countedAt,
    int target,
    long mails,
    long recipients,
    long undelivered,
    List<Line> municipalities,
    Map<String, Long> kinds)
    implements MarapFigureSet {

  /** One municipality. */
  public record Line(
      long id,
      String municipality,
      long mails,
      long recipients,
      long undelivered,
      boolean hasAmbassador,
      boolean meetsTarget,
      boolean ambassadorWithoutMail) {}

  @Override
  public CsvTable csv() {
    CsvTable.Figures figures =
        CsvTable.figures()
            .add("summary", area(), "target", target)
            .add("summary", area(), "mails", mails)
            .add("summary", area(), "recipients", recipients)
            .add("summary", area(), "undelivered", undelivered);
    for (Line line : municipalities) {
      figures
          .add("municipalities", line.municipality(), "mails", line.mails())
          .add("municipalities", line.municipality(), "recipients", line.recipients())
          .add("municipalities", line.municipality(), "undelivered", line.undelivered());
    }
    kinds.forEach((kind, count) -> figures.add("kinds", kind, "mails", count));
    return figures.table();
  }

  static MailReportView of(MailReport report) {
    Map<String, Long> kinds = new TreeMap<>();
    report.kinds().forEach((kind, mails) -> kinds.put(kind.name(), mails));
    return new MailReportView(
        report.region().name(),
        report.municipality().map(area -> area.name()).orElse(null),
        report.countedAt().orElse(null),
        report.target(),
        report.mails(),
        report.recipients(),
        report.undelivered(),
        report.municipalities().stream()
            .map(
                line ->
                    new Line(
                        line.municipality().id(),
                        line.municipality().name(),
                        line.mails(),
                        line.recipients(),
                        line.undelivered(),
                        line.hasAmbassador(),
                        line.meetsTarget(),
                        line.ambassadorWithoutMail()))
            .toList(),
        kinds);
  }
}

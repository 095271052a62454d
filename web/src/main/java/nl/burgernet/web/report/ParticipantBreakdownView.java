package nl.burgernet.web.report;

import java.time.Instant;
import java.util.List;
import nl.burgernet.report.boundary.ParticipantBase;
import nl.burgernet.report.boundary.ParticipantBreakdown;

/** A figure of the participant base per municipality and postcode area, as the API shows it. */
public record ParticipantBreakdownView(
    String region,
    String municipality,
    String figure,
    String category,
    String from,
    String to,
    Instant countedAt,
    long total,
    long minimum,
    List<Line> municipalities) {

  /**
   * One municipality; {@code areas} only the areas with at least {@code minimum}, the smaller ones
   * added up in {@code smallAreas}.
   */
  public record Line(
      long id,
      String municipality,
      long count,
      List<Area> areas,
      long smallAreas,
      long unknownArea) {}

  /** A postcode area (four digits). */
  public record Area(String postcode4, long count) {}

  static ParticipantBreakdownView of(ParticipantBreakdown breakdown) {
    return new ParticipantBreakdownView(
        breakdown.region().name(),
        breakdown.municipality().map(ParticipantBase.Area::name).orElse(null),
        breakdown.figure().name(),
        breakdown.category().orElse(null),
        breakdown.period().from().toString(),
        breakdown.period().to().toString(),
        breakdown.countedAt().orElse(null),
        breakdown.total(),
        breakdown.minimum(),
        breakdown.municipalities().stream()
            .map(
                line ->
                    new Line(
                        line.municipality().id(),
                        line.municipality().name(),
                        line.count(),
                        line.areas().stream()
                            .map(area -> new Area(area.postcode4(), area.count()))
                            .toList(),
                        line.smallAreas(),
                        line.unknownArea()))
            .toList());
  }
}

package nl.burgernet.web.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.burgernet.report.boundary.ParticipantBase;
import nl.burgernet.report.boundary.PostcodeCoverage;
import nl.burgernet.report.boundary.PostcodeCoverage.AreaLine;

/** The Burgernetkaart as the API shows it; the same figures as the page's map and tables. */
public record PostcodeCoverageView(
    String region,
    String municipality,
    Instant countedAt,
    BigDecimal thresholdPercent,
    List<Area> areas) {

  /**
   * One postcode area. {@code level}: UNDER (below the threshold, flagged for recruitment), FAIR
   * (up to twice the threshold), GOOD, NO_INHABITANTS; latitude and longitude are left out when the
   * area has no centre.
   */
  public record Area(
      String postcode,
      long municipalityId,
      String municipality,
      Double latitude,
      Double longitude,
      long participants,
      long inhabitants,
      long households,
      BigDecimal percentOfInhabitants,
      BigDecimal perThousandInhabitants,
      BigDecimal perHundredHouseholds,
      String level,
      boolean underCovered) {

    static Area of(AreaLine line) {
      return new Area(
          line.postcode(),
          line.municipality().id(),
          line.municipality().name(),
          line.latitude(),
          line.longitude(),
          line.coverage().participants(),
          line.coverage().inhabitants(),
          line.coverage().households(),
          line.coverage().percentOfInhabitants(),
          line.coverage().perThousandInhabitants(),
          line.coverage().perHundredHouseholds(),
          line.level().name(),
          line.flagged());
    }
  }

  static PostcodeCoverageView of(PostcodeCoverage coverage) {
    return new PostcodeCoverageView(
        coverage.region().name(),
        coverage.municipality().map(ParticipantBase.Area::name).orElse(null),
        coverage.countedAt().orElse(null),
        coverage.thresholdPercent(),
        coverage.areas().stream().map(Area::of).toList());
  }
}

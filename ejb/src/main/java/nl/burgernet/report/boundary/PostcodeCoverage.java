package nl.burgernet.report.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.entity.CoverageLevel;
import nl.burgernet.report.entity.ParticipantCoverage;

/**
 * The Burgernetkaart of a region, or of one municipality in it: the active participants of every
 * postcode area (PC4) against its inhabitants and households, with the areas under the threshold
 * flagged for recruitment.
 *
 * @param municipality set when the map is of one municipality
 * @param countedAt when the participants were last counted; empty before the first count
 * @param thresholdPercent the share of inhabitants below which an area is flagged
 * @param areas every area, by postcode
 */
public record PostcodeCoverage(
    Area region,
    Optional<Area> municipality,
    Optional<Instant> countedAt,
    BigDecimal thresholdPercent,
    List<AreaLine> areas) {

  /**
   * One postcode area; latitude and longitude are its centre, both null when the postcode data has
   * no point in it (the area is then in the table, not on the map).
   */
  public record AreaLine(
      String postcode,
      Area municipality,
      Double latitude,
      Double longitude,
      ParticipantCoverage coverage,
      CoverageLevel level) {

    public boolean flagged() {
      return level.isFlagged();
    }

    public boolean onMap() {
      return latitude != null && longitude != null;
    }
  }

  /** The areas flagged for recruitment, the least covered first. */
  public List<AreaLine> flagged() {
    return areas.stream()
        .filter(AreaLine::flagged)
        .sorted(
            Comparator.comparing((AreaLine line) -> line.coverage().percentOfInhabitants())
                .thenComparing(AreaLine::postcode))
        .toList();
  }
}

package nl.burgernet.report.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.report.boundary.ParticipantBase.Area;

/**
 * One figure of the MARAP participant base broken down per municipality and, within each, per
 * postcode area (PC4) of the participants' home address, anonymously: an area is named only with at
 * least {@link #minimum} participants; the smaller ones are counted together without names.
 *
 * @param category the channel, age band, source or reason; empty for a figure without one
 * @param period the months of a figure of months; the figures of now ignore it
 * @param countedAt when the counts were made; empty before the first count
 * @param total the figure itself, the sum of the municipalities
 * @param minimum the smallest count an area is named with
 */
public record ParticipantBreakdown(
    Area region,
    Optional<Area> municipality,
    BaseFigure figure,
    Optional<String> category,
    MonthPeriod period,
    Optional<Instant> countedAt,
    long total,
    long minimum,
    List<MunicipalityLine> municipalities) {

  /**
   * A municipality's count and, for a figure shown per postcode area, its areas.
   *
   * @param areas the areas named, by postcode, each with at least the minimum count
   * @param smallAreas the participants in areas with fewer than the minimum, together
   * @param unknownArea the participants whose address is no longer known (their data was erased)
   */
  public record MunicipalityLine(
      Area municipality, long count, List<AreaLine> areas, long smallAreas, long unknownArea) {}

  /** A postcode area (four digits) with its count. */
  public record AreaLine(String postcode4, long count) {}
}

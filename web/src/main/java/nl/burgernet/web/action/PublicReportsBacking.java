package nl.burgernet.web.action;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.action.boundary.PublicActionReports;
import nl.burgernet.action.boundary.PublishedReport;
import nl.burgernet.reference.entity.Region;

/**
 * The public pages of the action reports, without a login: /actieverslagen.xhtml lists the newest
 * reports per region (all regions, or the one in {@code ?regio=id}); /actieverslag.xhtml?id=N shows
 * one.
 */
@Named("publicReports")
@RequestScoped
public class PublicReportsBacking {

  /** Reports listed per region. */
  static final int PER_REGION = 10;

  @Inject private PublicActionReports reports;

  private Long regionId;
  private Long reportId;
  private PublishedReport report;
  private List<Region> regions;
  private List<RegionReports> byRegion;

  /** View action of the report page: an unknown or unpublished id is a 404. */
  public void loadReport() {
    report = reports.find(reportId == null ? -1L : reportId);
  }

  /**
   * The regions (the chosen one, or all by name) with their newest reports; regions without any are
   * left out.
   */
  public List<RegionReports> getByRegion() {
    if (byRegion == null) {
      byRegion =
          getRegions().stream()
              .filter(region -> regionId == null || region.getId().equals(regionId))
              .map(region -> new RegionReports(region, reports.recent(region.getId(), PER_REGION)))
              .filter(region -> !region.reports().isEmpty())
              .toList();
    }
    return byRegion;
  }

  public List<Region> getRegions() {
    if (regions == null) {
      regions = reports.regions();
    }
    return regions;
  }

  /** One region's newest published reports. */
  public record RegionReports(Region region, List<PublishedReport> reports) {}

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public Long getReportId() {
    return reportId;
  }

  public void setReportId(Long reportId) {
    this.reportId = reportId;
  }

  public PublishedReport getReport() {
    return report;
  }
}

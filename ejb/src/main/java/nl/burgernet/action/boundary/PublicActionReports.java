package nl.burgernet.action.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.burgernet.action.entity.ActionReport;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * The published action reports, for everyone without a login: the public pages and the Atom feed.
 * It sees every region (system scope) and answers only about published reports, which hold nothing
 * but what the police communications officer wrote for the public.
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class PublicActionReports {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /**
   * The newest published reports, of one region or (regionId null) of all.
   *
   * @param maximum at most this many, and never more than 200
   */
  public List<PublishedReport> recent(Long regionId, int maximum) {
    var query =
        regionId == null
            ? em.createNamedQuery(ActionReport.PUBLISHED, ActionReport.class)
            : em.createNamedQuery(ActionReport.PUBLISHED_IN_REGION, ActionReport.class)
                .setParameter("region", regionId);
    Map<Long, String> regions = regionNames();
    return query.setMaxResults(Math.max(1, Math.min(maximum, 200))).getResultList().stream()
        .map(report -> view(report, regions))
        .toList();
  }

  /** One published report; a report not (yet) published does not exist for the public. */
  public PublishedReport find(@NotNull Long reportId) {
    ActionReport report = em.find(ActionReport.class, reportId);
    if (report == null || !report.isPublished()) {
      throw new NotFoundException("ActionReport", reportId);
    }
    return view(report, regionNames());
  }

  /** The regions, by name, to choose the reports of one. */
  public List<Region> regions() {
    return em.createNamedQuery(Region.ALL, Region.class).getResultList();
  }

  private Map<Long, String> regionNames() {
    return regions().stream().collect(Collectors.toMap(Region::getId, Region::getName));
  }

  private static PublishedReport view(ActionReport report, Map<Long, String> regions) {
    return new PublishedReport(
        report.getId(),
        report.getScopeRegionId(),
        regions.getOrDefault(report.getScopeRegionId(), ""),
        report.getKind(),
        report.getOutcome(),
        report.getClosedAt(),
        report.getPublishedAt().orElseThrow(),
        report.getTitle(),
        report.getBody());
  }
}

package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.report.boundary.HelpdeskReport;
import nl.burgernet.report.boundary.HelpdeskReports;

/** /portal/marap/helpdesk.xhtml: the helpdesk figures of what {@link MarapFilter} chose. */
@Named("helpdeskReport")
@RequestScoped
public class HelpdeskReportBacking {

  @Inject private HelpdeskReports reports;

  @Inject private MarapFilter filter;

  private HelpdeskReport report;

  /** View action; a period or id that is not right shows its message, or 404. */
  public void load() {
    filter
        .region()
        .ifPresent(
            region -> report = reports.of(region, filter.getMunicipalityId(), filter.period()));
  }

  public HelpdeskReport getReport() {
    return report;
  }

  public List<ComplaintCategory> getCategories() {
    return List.of(ComplaintCategory.values());
  }
}

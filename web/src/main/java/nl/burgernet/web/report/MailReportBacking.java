package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.report.boundary.MailReport;
import nl.burgernet.report.boundary.MailReports;

/** /portal/marap/burgernetmail.xhtml: the Burgernetmails of what {@link MarapFilter} chose. */
@Named("mailReport")
@RequestScoped
public class MailReportBacking {

  @Inject private MailReports reports;

  @Inject private MarapFilter filter;

  private MailReport report;

  /** View action; a period or id that is not right shows its message, or 404. */
  public void load() {
    filter
        .region()
        .ifPresent(
            region -> report = reports.of(region, filter.getMunicipalityId(), filter.period()));
  }

  public MailReport getReport() {
    return report;
  }
}

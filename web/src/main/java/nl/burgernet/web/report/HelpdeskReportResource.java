package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.report.boundary.HelpdeskReports;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The MARAP helpdesk and complaint figures for the regional bureau's own analyses. */
@Path("marap/helpdesk")
public class HelpdeskReportResource extends MarapFigureResource {

  @Inject private HelpdeskReports reports;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The helpdesk of a region or one of its municipalities per month: tickets taken at the"
              + " first and second line, escalations, answers (in time), average hours to an"
              + " answer, complaints per category, and per line the tickets that wait past their"
              + " due date now (from and to as yyyy-MM)")
  public HelpdeskReportView helpdesk(@BeanParam MarapParameters parameters) {
    return figures(parameters.query());
  }

  @Override
  HelpdeskReportView figures(MarapQuery query) {
    return HelpdeskReportView.of(reports.of(query.region(), query.municipality(), query.period()));
  }

  @Override
  String csvName() {
    return "marap-helpdesk";
  }
}

package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.burgernet.report.boundary.HelpdeskReports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The MARAP helpdesk and complaint figures for the regional bureau's own analyses. */
@Path("marap/helpdesk")
public class HelpdeskReportResource {

  @Inject private HelpdeskReports reports;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The helpdesk of a region or one of its municipalities per month: tickets taken at the"
              + " first and second line, escalations, answers (in time), average hours to an"
              + " answer, complaints per category, and per line the tickets that wait past their"
              + " due date now (from and to as yyyy-MM)")
  @APIResponse(responseCode = "400", description = MarapQuery.BAD_PERIOD)
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public HelpdeskReportView helpdesk(@BeanParam MarapQuery query) {
    return view(query);
  }

  @GET
  @Path("csv")
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(
      summary = "The same helpdesk figures as CSV, for a spreadsheet",
      description = CsvTable.FIGURES_DESCRIPTION)
  @APIResponse(responseCode = "400", description = MarapQuery.BAD_PERIOD)
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public Response helpdeskAsCsv(@BeanParam MarapQuery query) {
    return query.csv("marap-helpdesk", view(query));
  }

  private HelpdeskReportView view(MarapQuery query) {
    return HelpdeskReportView.of(reports.of(query.region(), query.municipality(), query.period()));
  }
}

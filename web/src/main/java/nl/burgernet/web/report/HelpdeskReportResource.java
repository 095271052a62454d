package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
  @APIResponse(
      responseCode = "400",
      description = "A month that is not yyyy-MM, or a period over 36 months")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public HelpdeskReportView helpdesk(
      @QueryParam("region") Long region,
      @QueryParam("municipality") Long municipality,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return view(MarapQuery.of(region, municipality, from, to));
  }

  @GET
  @Path("csv")
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(
      summary = "The same helpdesk figures as CSV, for a spreadsheet",
      description = CsvTable.FIGURES_DESCRIPTION)
  @APIResponse(
      responseCode = "400",
      description = "A month that is not yyyy-MM, or a period over 36 months")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public Response helpdeskAsCsv(
      @QueryParam("region") Long region,
      @QueryParam("municipality") Long municipality,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    MarapQuery query = MarapQuery.of(region, municipality, from, to);
    return query.csv("marap-helpdesk", view(query));
  }

  private HelpdeskReportView view(MarapQuery query) {
    return HelpdeskReportView.of(reports.of(query.region(), query.municipality(), query.period()));
  }
}

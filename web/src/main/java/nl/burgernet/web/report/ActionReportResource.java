package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.burgernet.report.boundary.ActionReports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The MARAP actions for the regional bureau's own analyses. */
@Path("marap/actions")
public class ActionReportResource {

  @Inject private ActionReports reports;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The actions of a region, or those that reached one of its municipalities: per month,"
              + " kind and domain, with reach, tips, success and time to the first message"
              + " (from and to as yyyy-MM)")
  @APIResponse(
      responseCode = "400",
      description = "A month that is not yyyy-MM, or a period over 36 months")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public ActionReportView actions(
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
      summary = "The same action figures as CSV, for a spreadsheet",
      description = CsvTable.FIGURES_DESCRIPTION)
  @APIResponse(
      responseCode = "400",
      description = "A month that is not yyyy-MM, or a period over 36 months")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public Response actionsAsCsv(
      @QueryParam("region") Long region,
      @QueryParam("municipality") Long municipality,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    MarapQuery query = MarapQuery.of(region, municipality, from, to);
    return query.csv("marap-acties", view(query));
  }

  private ActionReportView view(MarapQuery query) {
    return ActionReportView.of(reports.of(query.region(), query.municipality(), query.period()));
  }
}

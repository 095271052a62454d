package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.report.boundary.ActionReports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The MARAP actions for the regional bureau's own analyses. */
@Path("marap/actions")
public class ActionReportResource extends MarapFigureResource {

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
    return figures(MarapQuery.of(region, municipality, from, to));
  }

  @Override
  ActionReportView figures(MarapQuery query) {
    return ActionReportView.of(reports.of(query.region(), query.municipality(), query.period()));
  }

  @Override
  String csvName() {
    return "marap-acties";
  }
}

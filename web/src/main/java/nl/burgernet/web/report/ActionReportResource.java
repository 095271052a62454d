package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
  @APIResponse(responseCode = "400", description = MarapQuery.BAD_PERIOD)
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public ActionReportView actions(@BeanParam MarapQuery query) {
    return view(query);
  }

  @GET
  @Path("csv")
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(
      summary = "The same action figures as CSV, for a spreadsheet",
      description = CsvTable.FIGURES_DESCRIPTION)
  @APIResponse(responseCode = "400", description = MarapQuery.BAD_PERIOD)
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public Response actionsAsCsv(@BeanParam MarapQuery query) {
    return query.csv("marap-acties", view(query));
  }

  private ActionReportView view(MarapQuery query) {
    return ActionReportView.of(reports.of(query.region(), query.municipality(), query.period()));
  }
}

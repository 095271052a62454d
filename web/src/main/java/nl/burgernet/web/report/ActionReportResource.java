package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.report.boundary.ActionReports;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
  public ActionReportView actions(@BeanParam MarapParameters parameters) {
    return figures(parameters.query());
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

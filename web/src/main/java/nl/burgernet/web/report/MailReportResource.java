package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.report.boundary.MailReports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The MARAP Burgernetmail figures for the regional bureau's own analyses. */
@Path("marap/mails")
public class MailReportResource extends MarapFigureResource {

  @Inject private MailReports reports;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The Burgernetmails of a region's municipalities, or of one of them: per municipality"
              + " against the target, per kind, reach and undelivered addresses (from and to as"
              + " yyyy-MM)")
  @APIResponse(
      responseCode = "400",
      description = "A month that is not yyyy-MM, or a period over 36 months")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public MailReportView mails(
      @QueryParam("region") Long region,
      @QueryParam("municipality") Long municipality,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return figures(MarapQuery.of(region, municipality, from, to));
  }

  @Override
  MailReportView figures(MarapQuery query) {
    return MailReportView.of(reports.of(query.region(), query.municipality(), query.period()));
  }

  @Override
  String csvName() {
    return "marap-burgernetmail";
  }
}

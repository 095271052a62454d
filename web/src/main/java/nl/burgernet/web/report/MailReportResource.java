package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.burgernet.report.boundary.MailReports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The MARAP Burgernetmail figures for the regional bureau's own analyses. */
@Path("marap/mails")
public class MailReportResource {

  @Inject private MailReports reports;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The Burgernetmails of a region's municipalities, or of one of them: per municipality"
              + " against the target, per kind, reach and undelivered addresses (from and to as"
              + " yyyy-MM)")
  @APIResponse(responseCode = "400", description = MarapQuery.BAD_PERIOD)
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public MailReportView mails(@BeanParam MarapQuery query) {
    return view(query);
  }

  @GET
  @Path("csv")
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(
      summary = "The same Burgernetmail figures as CSV, for a spreadsheet",
      description = CsvTable.FIGURES_DESCRIPTION)
  @APIResponse(responseCode = "400", description = MarapQuery.BAD_PERIOD)
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public Response mailsAsCsv(@BeanParam MarapQuery query) {
    return query.csv("marap-burgernetmail", view(query));
  }

  private MailReportView view(MarapQuery query) {
    return MailReportView.of(reports.of(query.region(), query.municipality(), query.period()));
  }
}

package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
  @APIResponse(
      responseCode = "400",
      description = "A month that is not yyyy-MM, or a period over 36 months")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public MailReportView mails(
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
      summary = "The same Burgernetmail figures as CSV, for a spreadsheet",
      description = CsvTable.FIGURES_DESCRIPTION)
  @APIResponse(
      responseCode = "400",
      description = "A month that is not yyyy-MM, or a period over 36 months")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public Response mailsAsCsv(
      @QueryParam("region") Long region,
      @QueryParam("municipality") Long municipality,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    MarapQuery query = MarapQuery.of(region, municipality, from, to);
    return query.csv("marap-burgernetmail", view(query));
  }

  private MailReportView view(MarapQuery query) {
    return MailReportView.of(reports.of(query.region(), query.municipality(), query.period()));
  }
}

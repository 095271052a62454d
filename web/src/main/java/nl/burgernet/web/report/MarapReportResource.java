package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.burgernet.report.boundary.MarapReport;
import nl.burgernet.report.boundary.MarapReports;
import nl.burgernet.web.faces.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The management report of a period (a quarter, a year) as a file to keep or pass on. */
@Path("marap/report")
public class MarapReportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Formats.DUTCH);

  @Inject private MarapReports reports;

  @GET
  @Path("xlsx")
  @Produces(XLSX)
  @Operation(
      summary =
          "The participant base, actions and Burgernetmail of a region or municipality as an"
              + " Excel workbook (from and to as yyyy-MM)")
  @APIResponse(responseCode = "400", description = "A month that is not yyyy-MM")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public Response workbook(
      @QueryParam("region") Long region,
      @QueryParam("municipality") Long municipality,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    MarapQuery query = MarapQuery.of(region, municipality, from, to);
    MarapReport report = reports.of(query.region(), query.municipality(), query.period());
    ResourceBundle texts =
        ResourceBundle.getBundle("nl.burgernet.web.messages", Locale.forLanguageTag("nl"));
    StreamingOutput body = out -> new MarapWorkbook(texts, MONTH::format).write(report, out);
    return Response.ok(body, XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"marap-" + fileName(report) + ".xlsx\"")
        .build();
  }

  private static String fileName(MarapReport report) {
    YearMonth from = report.period().from();
    YearMonth to = report.period().to();
    String area =
        report.participants().municipality().orElse(report.participants().region()).name();
    return area.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + from + "-" + to;
  }
}

package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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

  static final String PDF = "application/pdf";

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
  @APIResponse(responseCode = "400", description = MarapQuery.BAD_PERIOD)
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public Response workbook(@BeanParam MarapQuery query) {
    MarapReport report = report(query);
    StreamingOutput body = out -> new MarapWorkbook(dutch(), MONTH::format).write(report, out);
    return Response.ok(body, XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "xlsx"))
        .build();
  }

  @GET
  @Path("pdf")
  @Produces(PDF)
  @Operation(
      summary =
          "The participant base, actions and Burgernetmail of a region or municipality as a PDF"
              + " (from and to as yyyy-MM), e.g. the quarterly report")
  @APIResponse(responseCode = "400", description = MarapQuery.BAD_PERIOD)
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public Response document(@BeanParam MarapQuery query) {
    MarapReport report = report(query);
    return Response.ok(new MarapPdf(dutch(), MONTH::format).write(report), PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "pdf"))
        .build();
  }

  private MarapReport report(MarapQuery query) {
    return reports.of(query.region(), query.municipality(), query.period());
  }

  private static ResourceBundle dutch() {
    return ResourceBundle.getBundle("nl.burgernet.web.messages", Locale.forLanguageTag("nl"));
  }

  private static String attachment(MarapReport report, String extension) {
    return "attachment; filename=\"" + fileName(report) + "." + extension + "\"";
  }

  private static String fileName(MarapReport report) {
    return MarapQuery.fileName(
        "marap",
        report.participants().municipality().orElse(report.participants().region()).name(),
        report.period());
  }
}

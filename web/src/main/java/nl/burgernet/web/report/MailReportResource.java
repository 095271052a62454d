package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.report.boundary.MailReports;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
  public MailReportView mails(@BeanParam MarapParameters parameters) {
    return figures(parameters.query());
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

package nl.burgernet.web.report;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A MARAP figure set in the API: the subclass answers it as JSON at its path (with its own
 * description), and this class answers the same figures as CSV at that path plus /csv, with the
 * same query parameters and the same refusals. Public: javac gives a public subclass of a
 * package-private class a bridge for each inherited public method, and JAX-RS skips bridges.
 */
@APIResponse(
    responseCode = "400",
    description = "A month that is not yyyy-MM, or a period over 36 months")
@APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
public abstract class MarapFigureResource {

  /** The figures asked for. */
  abstract MarapFigureSet figures(MarapQuery query);

  /** How the CSV file's name starts, e.g. marap-acties. */
  abstract String csvName();

  @GET
  @Path("csv")
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(
      summary = "The same figures as CSV, for a spreadsheet",
      description = CsvTable.FIGURES_DESCRIPTION)
  public Response csv(@BeanParam MarapParameters parameters) {
    MarapQuery query = parameters.query();
    return query.csv(csvName(), figures(query));
  }
}

package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.report.boundary.Finances;
import nl.burgernet.report.entity.FinanceTable;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** MARAP finance figures for the regional bureau's own analyses, as JSON or CSV. */
@Path("marap/finance")
public class FinanceResource {

  @Inject private Finances finances;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The budget years of the regions in the caller's scope")
  public List<FinanceView.Year> years() {
    return finances.years().stream().map(FinanceView.Year::of).toList();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Shares, budget parts and contributions per municipality, with totals")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public FinanceView table(@PathParam("id") long id) {
    return FinanceView.of(finances.table(id));
  }

  @GET
  @Path("{id}/csv")
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(
      summary =
          "The same table as CSV for a spreadsheet: semicolons, decimal commas, UTF-8 with a byte"
              + " order mark; the last row is the total")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public Response tableAsCsv(@PathParam("id") long id) {
    FinanceTable table = finances.table(id);
    return FinanceCsv.of(table)
        .download(
            "marap-financien-"
                + MarapQuery.slug(table.year().getRegion().getName())
                + "-"
                + table.year().getBudgetYear());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Sets a region's budget year (new or existing): rates per inhabitant, the year whose"
              + " inhabitants count and the budget to share (managers, functional administrators)")
  @APIResponse(responseCode = "400", description = "A year, rate or budget out of range")
  @APIResponse(responseCode = "404", description = "A region outside the caller's scope")
  public FinanceView save(FinanceYearJson year) {
    if (year == null) {
      throw new InvalidInputException("api.bodyRequired");
    }
    return FinanceView.of(finances.table(finances.save(year.change()).getId()));
  }
}

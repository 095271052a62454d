package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.burgernet.report.boundary.ParticipantBaseFigures;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The MARAP participant base for the regional bureau's own analyses. */
@Path("marap/participants")
public class ParticipantBaseResource {

  @Inject private ParticipantBaseFigures figures;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The participant base of a region or one of its municipalities: coverage against the"
              + " targets, channels, ages, sources, growth per month (from and to as yyyy-MM)")
  @APIResponse(
      responseCode = "400",
      description = "A month that is not yyyy-MM, or a period over 36 months")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public ParticipantBaseView base(
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
      summary = "The same participant base as CSV, for a spreadsheet",
      description = CsvTable.FIGURES_DESCRIPTION)
  @APIResponse(
      responseCode = "400",
      description = "A month that is not yyyy-MM, or a period over 36 months")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public Response baseAsCsv(
      @QueryParam("region") Long region,
      @QueryParam("municipality") Long municipality,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    MarapQuery query = MarapQuery.of(region, municipality, from, to);
    return query.csv("marap-deelnemers", view(query));
  }

  private ParticipantBaseView view(MarapQuery query) {
    return ParticipantBaseView.of(figures.of(query.region(), query.municipality(), query.period()));
  }

  @POST
  @Path("count")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Counts the participant base now instead of at the next run (administrators)")
  public JsonObject countNow() {
    return Json.createObjectBuilder().add("countedAt", figures.countNow().toString()).build();
  }
}

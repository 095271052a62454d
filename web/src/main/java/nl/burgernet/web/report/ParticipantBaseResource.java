package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.report.boundary.BaseFigure;
import nl.burgernet.report.boundary.ParticipantBaseFigures;
import nl.burgernet.report.boundary.ParticipantBreakdowns;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The MARAP participant base for the regional bureau's own analyses. */
@Path("marap/participants")
public class ParticipantBaseResource {

  @Inject private ParticipantBaseFigures figures;

  @Inject private ParticipantBreakdowns breakdowns;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The participant base of a region or one of its municipalities: coverage against the"
              + " targets, channels, ages, sources, growth per month (from and to as yyyy-MM)")
  @APIResponse(responseCode = "400", description = MarapQuery.BAD_PERIOD)
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public ParticipantBaseView base(@BeanParam MarapQuery query) {
    return view(query);
  }

  @GET
  @Path("csv")
  @Produces(CsvTable.MEDIA_TYPE)
  @Operation(
      summary = "The same participant base as CSV, for a spreadsheet",
      description = CsvTable.FIGURES_DESCRIPTION)
  @APIResponse(responseCode = "400", description = MarapQuery.BAD_PERIOD)
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public Response baseAsCsv(@BeanParam MarapQuery query) {
    return query.csv("marap-deelnemers", view(query));
  }

  private ParticipantBaseView view(MarapQuery query) {
    return ParticipantBaseView.of(figures.of(query.region(), query.municipality(), query.period()));
  }

  @GET
  @Path("breakdown")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "One figure of the participant base per municipality and postcode area (PC4), without"
              + " names: an area is named from 'minimum' participants on, smaller ones are added up"
              + " per municipality in 'smallAreas'; 'unknownArea' counts erased participants",
      description =
          "figure: PARTICIPANTS, CHANNEL, AGE, SOURCE (active now), NEW, UNSUBSCRIBED, NET_GROWTH"
              + " (in the months; NET_GROWTH per municipality only); category: the channel, age"
              + " band, source or unsubscription reason (NONE: without a reason)")
  @APIResponse(
      responseCode = "400",
      description = "A month that is not yyyy-MM, an unknown figure or a category it does not have")
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public ParticipantBreakdownView breakdown(
      @BeanParam MarapQuery query,
      @QueryParam("figure") String figure,
      @QueryParam("category") String category) {
    return ParticipantBreakdownView.of(
        breakdowns.of(
            query.region(), query.municipality(), query.period(), figure(figure), category));
  }

  private static BaseFigure figure(String figure) {
    try {
      return figure == null ? BaseFigure.PARTICIPANTS : BaseFigure.valueOf(figure);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("marap.breakdown.unknownFigure", figure);
    }
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

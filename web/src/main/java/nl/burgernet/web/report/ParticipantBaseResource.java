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
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.report.boundary.BaseFigure;
import nl.burgernet.report.boundary.ParticipantBaseFigures;
import nl.burgernet.report.boundary.ParticipantBreakdowns;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The MARAP participant base for the regional bureau's own analyses. */
@Path("marap/participants")
public class ParticipantBaseResource extends MarapFigureResource {

  @Inject private ParticipantBaseFigures figures;

  @Inject private ParticipantBreakdowns breakdowns;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The participant base of a region or one of its municipalities: coverage against the"
              + " targets, channels, ages, sources, growth per month (from and to as yyyy-MM)")
  public ParticipantBaseView base(@BeanParam MarapParameters parameters) {
    return figures(parameters.query());
  }

  @Override
  ParticipantBaseView figures(MarapQuery query) {
    return ParticipantBaseView.of(figures.of(query.region(), query.municipality(), query.period()));
  }

  @Override
  String csvName() {
    return "marap-deelnemers";
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
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public ParticipantBreakdownView breakdown(
      @BeanParam MarapParameters parameters,
      @QueryParam("figure") String figure,
      @QueryParam("category") String category) {
    MarapQuery query = parameters.query();
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

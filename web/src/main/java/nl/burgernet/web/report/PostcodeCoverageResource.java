package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.report.boundary.PostcodeCoverageFigures;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The Burgernetkaart's figures for the regional bureau's own analyses and maps. */
@Path("marap/coverage")
public class PostcodeCoverageResource {

  @Inject private PostcodeCoverageFigures figures;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The spread of the active participants over the postcode areas (PC4) of a region or one"
              + " of its municipalities: per 1,000 inhabitants and per 100 households, with the"
              + " areas below the threshold share of inhabitants flagged for recruitment")
  @APIResponse(responseCode = "200", description = "Every postcode area in the scope, by postcode")
  @APIResponse(responseCode = "400", description = "No region given")
  @APIResponse(responseCode = "404", description = MarapQuery.NOT_VISIBLE)
  public PostcodeCoverageView coverage(
      @Parameter(description = "id of the region", required = true) @QueryParam("region")
          Long region,
      @Parameter(description = "id of one municipality of the region (optional)")
          @QueryParam("municipality")
          Long municipality) {
    return PostcodeCoverageView.of(figures.of(MarapQuery.region(region), municipality));
  }
}

package nl.burgernet.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.burgernet.reference.boundary.ReferenceData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Regions and municipalities with their figures, within the caller's scope. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalitiesResource {

  @Inject private ReferenceData referenceData;

  @GET
  @Path("regions")
  @Operation(summary = "The regions (eenheden) the caller may see")
  public List<RegionView> regions() {
    return referenceData.regions().stream().map(RegionView::of).toList();
  }

  @GET
  @Path("municipalities")
  @Operation(summary = "The municipalities the caller may see, with inhabitants and households")
  public List<MunicipalityView> municipalities() {
    return referenceData.municipalities().stream().map(MunicipalityView::of).toList();
  }

  @GET
  @Path("municipalities/{id}")
  @Operation(summary = "One municipality")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public MunicipalityView municipality(@PathParam("id") long id) {
    return MunicipalityView.of(referenceData.municipality(id));
  }
}

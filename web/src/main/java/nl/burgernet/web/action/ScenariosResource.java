package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.burgernet.action.boundary.DeploymentScenarios;
import nl.burgernet.action.boundary.ScenarioForm;
import nl.burgernet.action.boundary.ScenarioView;
import nl.burgernet.web.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The deployment scenarios: the active ones, whose ids a control-room system starts actions with,
 * and for the functional administrator all of them to keep.
 *
 * <p>Bodies are taken as text and read with {@link JsonBody}: Payara's OpenAPI generator fails on a
 * body type whose fields carry Bean Validation constraints, and a broken body gets a Dutch problem
 * response this way too.
 */
@Path("scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenariosResource {

  @Inject private DeploymentScenarios scenarios;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(
      summary = "The active deployment scenarios",
      description = "With ?all=true also the switched-off ones (functional administrator only).")
  public List<ScenarioView> list(@QueryParam("all") boolean all) {
    return all ? scenarios.all() : scenarios.active();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One deployment scenario")
  public ScenarioView find(@PathParam("id") long id) {
    return scenarios.find(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a deployment scenario (functional administrator)")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "A field is missing or out of range")
  @APIResponse(responseCode = "409", description = "The name is taken")
  public Response create(String body) {
    ScenarioView created = scenarios.create(JsonBody.read(body, ScenarioForm.class));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a deployment scenario (functional administrator)")
  public ScenarioView change(@PathParam("id") long id, String body) {
    return scenarios.change(id, JsonBody.read(body, ScenarioForm.class));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Switch a deployment scenario off (functional administrator)",
      description = "Operators can no longer choose it; started actions keep their texts.")
  public ScenarioView deactivate(@PathParam("id") long id) {
    return scenarios.deactivate(id);
  }
}

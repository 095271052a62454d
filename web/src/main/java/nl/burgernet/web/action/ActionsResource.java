package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.burgernet.action.boundary.ActionSummary;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.Actions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Burgernetacties for control-room systems, within the caller's region: the list, one action with
 * its rounds and tips, and starting one (its first round goes out at once, time-critical).
 */
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {

  @Inject private Actions actions;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(summary = "Open actions first, then the newest closed ones")
  public List<ActionSummary> latest(@QueryParam("max") @DefaultValue("50") int maximum) {
    return actions.latest(maximum);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One action with its rounds, tips and outcome")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's region")
  public ActionView action(@PathParam("id") long id) {
    return actions.find(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start an action from a deployment scenario and send its first round",
      description =
          "The idempotencyKey makes a retry harmless: the same key again answers with the action"
              + " it started and sends nothing more.")
  @APIResponse(responseCode = "201", description = "Started; Location names the action")
  @APIResponse(responseCode = "400", description = "Refused, e.g. a self-intersecting polygon")
  @APIResponse(responseCode = "403", description = "Only control-room operators start actions")
  public Response start(NewActionJson order) {
    ActionView action = actions.start(order.order());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(action.id())).build())
        .entity(action)
        .build();
  }
}

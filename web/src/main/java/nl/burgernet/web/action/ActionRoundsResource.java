package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.burgernet.action.boundary.Actions;
import nl.burgernet.action.boundary.RoundView;
import nl.burgernet.action.boundary.Widening;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Widening an open action from a control-room system: a further round to the participants in the
 * area no earlier round reached. A root of its own: under {@link ActionsResource} the path would
 * never be matched.
 */
@Path("actions/{id}/rounds")
@Produces(MediaType.APPLICATION_JSON)
public class ActionRoundsResource {

  /** The body: the new area and the key that makes a retry harmless. */
  public record WideningJson(NewActionJson.Area area, String idempotencyKey) {}

  @Inject private Actions actions;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Widen the action: a round to those in the area not reached yet")
  @APIResponse(responseCode = "201", description = "The round went out (or had gone out before)")
  @APIResponse(responseCode = "409", description = "The action is closed")
  public Response widen(@PathParam("id") long id, WideningJson widening) {
    RoundView round =
        actions.widen(
            id,
            new Widening(
                widening.area() == null ? null : widening.area().specification(),
                widening.idempotencyKey()));
    return Response.status(Response.Status.CREATED).entity(round).build();
  }
}

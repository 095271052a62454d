package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.Actions;
import nl.burgernet.action.boundary.Closing;
import nl.burgernet.action.entity.Outcome;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Closing an action from a control-room system, with its outcome and outcome message. Its own body
 * type: Payara's OpenAPI generator fails on the bean-validation annotations of {@link Closing}.
 */
@Path("actions/{id}/closing")
@Produces(MediaType.APPLICATION_JSON)
public class ActionClosingResource {

  /** The body: how it ended and the outcome message to everyone reached. */
  public record ClosingJson(Outcome outcome, String outcomeMessage) {}

  @Inject private Actions actions;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close the action and send the outcome message to everyone reached")
  @APIResponse(responseCode = "409", description = "The action is closed already")
  public ActionView close(@PathParam("id") long id, ClosingJson closing) {
    return actions.close(id, new Closing(closing.outcome(), closing.outcomeMessage()));
  }
}

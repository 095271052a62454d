package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.burgernet.action.boundary.ActionDrafts;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.DraftView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Draft actions from partners' CAP alerts, for the control room of their area to review. */
@Path("action-drafts")
@Produces(MediaType.APPLICATION_JSON)
public class ActionDraftsResource {

  /** The body of sending: the key that makes a retry harmless. */
  public record Sending(String idempotencyKey) {}

  @Inject private ActionDrafts drafts;

  @GET
  @Operation(summary = "The drafts waiting for review, newest first")
  public List<DraftView> pending() {
    return drafts.pending();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One draft")
  @APIResponse(responseCode = "404", description = "Unknown, or for another control room")
  public DraftView draft(@PathParam("id") long id) {
    return drafts.find(id);
  }

  @POST
  @Path("{id}/sending")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send the reviewed draft: the action starts and its first round goes out")
  @APIResponse(responseCode = "201", description = "The action it started")
  @APIResponse(responseCode = "409", description = "The draft was dismissed")
  public Response send(@PathParam("id") long id, Sending sending) {
    ActionView action = drafts.send(id, sending.idempotencyKey());
    return Response.status(Response.Status.CREATED).entity(action).build();
  }

  @POST
  @Path("{id}/dismissal")
  @Operation(summary = "Dismiss the draft: nothing is sent")
  public Response dismiss(@PathParam("id") long id) {
    drafts.dismiss(id);
    return Response.noContent().build();
  }
}

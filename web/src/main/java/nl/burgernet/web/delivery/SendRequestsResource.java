package nl.burgernet.web.delivery;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.boundary.ServiceMessages;
import nl.burgernet.delivery.entity.SendRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Send requests for staff systems: their progress per channel, stopping them and retrying their
 * dead letters, within the caller's scope; and service messages from the functional administrator.
 */
@Path("send-requests")
@Produces(MediaType.APPLICATION_JSON)
public class SendRequestsResource {

  @Inject private Deliveries deliveries;

  @Inject private ServiceMessages serviceMessages;

  @Context private UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a service message (functional administrator, normal priority)")
  @APIResponse(responseCode = "201", description = "Accepted; Location names the send request")
  @APIResponse(responseCode = "400", description = "Incomplete content or no recipients")
  @APIResponse(responseCode = "409", description = "The idempotency key belongs to another request")
  public Response send(ServiceMessageJson message) {
    SendRequest request = serviceMessages.send(message.order(), message.selection());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(request.getId())).build())
        .entity(SendRequestView.of(deliveries.progress(request.getId())))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A send request with its deliveries per channel and state")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public SendRequestView progress(@PathParam("id") long id) {
    return SendRequestView.of(deliveries.progress(id));
  }

  @POST
  @Path("{id}/recall")
  @Operation(summary = "Stop the request: deliveries not yet sent are cancelled")
  @APIResponse(responseCode = "409", description = "The request is no longer sending")
  public SendRequestView recall(@PathParam("id") long id) {
    deliveries.recall(id);
    return SendRequestView.of(deliveries.progress(id));
  }

  @POST
  @Path("{id}/retry")
  @Operation(summary = "Send the dead-lettered deliveries of the request again")
  @APIResponse(responseCode = "409", description = "The request was recalled")
  public SendRequestView retry(@PathParam("id") long id) {
    deliveries.retryDeadLetters(id);
    return SendRequestView.of(deliveries.progress(id));
  }
}

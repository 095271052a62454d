package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Set;
import nl.burgernet.action.boundary.WebhookDeliveryView;
import nl.burgernet.action.boundary.WebhookEndpointView;
import nl.burgernet.action.boundary.Webhooks;
import nl.burgernet.action.entity.WebhookEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Webhook endpoints of partner systems per regional unit (the functional administrator registers
 * them) and the deliveries of the actions' CAP messages to them, within the caller's scope.
 */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

  /**
   * The body of a registration.
   *
   * @param events STARTED, WIDENED, CLOSED; none or null means all
   */
  public record Registration(Long regionId, String url, Set<WebhookEvent> events) {}

  @Inject private Webhooks webhooks;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(summary = "The endpoints of the caller's scope (without their secrets)")
  public List<WebhookEndpointView> endpoints() {
    return webhooks.endpoints();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register an endpoint for a region's actions",
      description =
          "The answer carries the signing secret, the only time it is shown. Each request is"
              + " signed: X-Burgernet-Signature: sha256=<hex HMAC-SHA256 of"
              + " '<X-Burgernet-Timestamp>.<body>'>.")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "400", description = "Not an https URL")
  @APIResponse(responseCode = "403", description = "Only the functional administrator")
  public Response register(Registration registration) {
    WebhookEndpointView endpoint =
        webhooks.register(registration.regionId(), registration.url(), registration.events());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(endpoint.id())).build())
        .entity(endpoint)
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Stop posting to the endpoint (its deliveries stay visible)")
  public Response deactivate(@PathParam("id") long id) {
    webhooks.deactivate(id);
    return Response.noContent().build();
  }

  @POST
  @Path("deliveries/{id}/retry")
  @Operation(summary = "Post a delivery that was not delivered once more, with the same body")
  @APIResponse(responseCode = "202", description = "Queued again")
  @APIResponse(responseCode = "409", description = "Already delivered")
  public Response retry(@PathParam("id") long id) {
    webhooks.retry(id);
    return Response.accepted().build();
  }

  @GET
  @Path("deliveries")
  @Operation(summary = "The newest deliveries with their attempts, or those of one action")
  public List<WebhookDeliveryView> deliveries(
      @QueryParam("action") Long actionId, @QueryParam("max") @DefaultValue("100") int maximum) {
    return actionId == null ? webhooks.deliveries(maximum) : webhooks.deliveriesOf(actionId);
  }
}

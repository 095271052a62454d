package nl.burgernet.web.report;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.report.boundary.MarapSubscriptions;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's subscription to the quarterly MARAP report by mail. */
@Path("marap")
@Produces(MediaType.APPLICATION_JSON)
public class MarapSubscriptionResource {

  @Inject private MarapSubscriptions subscriptions;

  @GET
  @Path("subscription")
  @Operation(summary = "Whether the caller gets the quarterly report by mail")
  public JsonObject subscription() {
    return state();
  }

  @PUT
  @Path("subscription")
  @Operation(summary = "The caller gets the report of their region or municipality each quarter")
  public JsonObject subscribe() {
    subscriptions.subscribe();
    return state();
  }

  @DELETE
  @Path("subscription")
  @Operation(summary = "The caller no longer gets the quarterly report")
  public JsonObject unsubscribe() {
    subscriptions.unsubscribe();
    return state();
  }

  @POST
  @Path("mailings")
  @Operation(
      summary =
          "Mails the last quarter's report now to the subscribers who did not get it yet"
              + " (functional administrator)")
  public JsonObject mailLastQuarter() {
    return Json.createObjectBuilder().add("mailed", subscriptions.mailLastQuarter()).build();
  }

  private JsonObject state() {
    return Json.createObjectBuilder().add("subscribed", subscriptions.isSubscribed()).build();
  }
}

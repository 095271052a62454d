package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import nl.burgernet.action.boundary.CapAlerts;
import nl.burgernet.action.control.CapFeed;
import nl.burgernet.action.entity.CapMessage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The CAP Atom feed of the caller's actions (their scope only), newest message first; each entry
 * links its CAP document at {@link ActionCapResource}.
 */
@Path("cap")
public class CapFeedResource {

  @Inject private CapAlerts alerts;

  @Context private UriInfo uriInfo;

  @GET
  @Path("feed")
  @Produces(CapFeed.MEDIA_TYPE + ";charset=UTF-8")
  @Operation(summary = "Atom feed of the CAP messages of the caller's actions, newest first")
  public String feed(@QueryParam("max") @DefaultValue("50") int maximum) {
    return CapFeed.write(
        alerts.feed(maximum),
        Instant.now(),
        new CapFeed.Links() {
          @Override
          public String feed() {
            return uriInfo.getBaseUriBuilder().path("cap/feed").build().toString();
          }

          @Override
          public String documentOf(CapMessage message) {
            return uriInfo
                .getBaseUriBuilder()
                .path("actions/{id}/cap/{sequence}")
                .build(message.actionId(), message.sequence())
                .toString();
          }
        });
  }
}

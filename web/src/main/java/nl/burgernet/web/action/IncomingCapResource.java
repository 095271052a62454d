package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import nl.burgernet.action.boundary.DraftView;
import nl.burgernet.action.boundary.IncomingAlerts;
import nl.burgernet.action.control.CapDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Where a trusted partner (e.g. AMBER Alert) posts a CAP 1.2 Alert: it becomes a draft action for
 * the control room of its area. Open in web.xml, like registration: the partner has no staff login
 * but its own credential ({@code Authorization: Bearer …}), which the service checks.
 */
@Path("cap/incoming")
public class IncomingCapResource {

  private static final String BEARER = "Bearer ";

  @Inject private IncomingAlerts alerts;

  @POST
  @Consumes({CapDocument.MEDIA_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Turn a trusted partner's CAP Alert into a draft action")
  @APIResponse(responseCode = "201", description = "Draft made (or made before for this alert)")
  @APIResponse(responseCode = "400", description = "No valid CAP 1.2, not an Actual Alert, no area")
  @APIResponse(responseCode = "403", description = "Wrong credential or a sender not trusted")
  public Response receive(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
    String credential =
        authorization != null && authorization.startsWith(BEARER)
            ? authorization.substring(BEARER.length()).strip()
            : null;
    DraftView draft = alerts.receive(credential, body);
    return Response.created(UriBuilder.fromPath("action-drafts/{id}").build(draft.id()))
        .entity(draft)
        .build();
  }
}

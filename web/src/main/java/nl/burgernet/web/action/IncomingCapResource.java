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
import java.net.URI;
import nl.burgernet.action.boundary.IncomingAlerts;
import nl.burgernet.action.control.CapDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Where a trusted partner (e.g. AMBER Alert) posts a CAP 1.2 message: an Alert becomes a draft
 * action for the control room of its area, an Update replaces that draft or goes into the dossier
 * of the action it became, a Cancel withdraws it. Open in web.xml, like registration: the partner
 * has no staff login but its own credential ({@code Authorization: Bearer …}), which the service
 * checks.
 */
@Path("cap/incoming")
public class IncomingCapResource {

  private static final String BEARER = "Bearer ";

  @Inject private IncomingAlerts alerts;

  @POST
  @Consumes({CapDocument.MEDIA_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Turn a trusted partner's CAP Alert into a draft action; an Update replaces the draft"
              + " (or goes into the dossier of the action it became), a Cancel withdraws it")
  @APIResponse(
      responseCode = "200",
      description = "Cancel taken: the draft it names, withdrawn if it was still waiting")
  @APIResponse(
      responseCode = "201",
      description = "Draft made from an Alert or Update (or made before for this message)")
  @APIResponse(
      responseCode = "400",
      description =
          "No valid CAP 1.2, not Actual/Exercise/Test, no area, or an Update or Cancel naming no"
              + " earlier alert of the sender")
  @APIResponse(responseCode = "403", description = "Wrong credential or a sender not trusted")
  public Response receive(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
    String credential =
        authorization != null && authorization.startsWith(BEARER)
            ? authorization.substring(BEARER.length()).strip()
            : null;
    IncomingAlerts.Receipt receipt = alerts.receive(credential, body);
    URI draft = UriBuilder.fromPath("action-drafts/{id}").build(receipt.draft().id());
    return (receipt.cancel() ? Response.ok().location(draft) : Response.created(draft))
        .entity(receipt.draft())
        .build();
  }
}

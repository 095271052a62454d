package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import nl.burgernet.action.boundary.CapAlerts;
import nl.burgernet.action.control.CapDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * An action's messages as OASIS CAP 1.2 documents, within the caller's scope: a partner system
 * (NL-Alert, AMBER Alert, an aggregator) reads them with a staff account of its region. A root of
 * its own: under {@link ActionsResource} the path would never be matched.
 */
@Path("actions/{id}/cap")
@Produces(CapDocument.MEDIA_TYPE + ";charset=UTF-8")
public class ActionCapResource {

  @Inject private CapAlerts alerts;

  @GET
  @Operation(summary = "The action's newest CAP message (Alert, Update or Cancel)")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public String latest(@PathParam("id") long id) {
    return CapDocument.write(alerts.latest(id));
  }

  @GET
  @Path("{sequence}")
  @Operation(summary = "One CAP message of the action, by its place from 1")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public String message(@PathParam("id") long id, @PathParam("sequence") int sequence) {
    return CapDocument.write(alerts.message(id, sequence));
  }
}

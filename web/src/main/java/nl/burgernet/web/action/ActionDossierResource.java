package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.burgernet.action.boundary.ActionDossiers;
import nl.burgernet.action.boundary.DossierReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * An action's dossier for the control room and the investigating officers of its region: every step
 * and message with the hash chain's verification, as JSON and as PDF. A root of its own: under
 * {@link ActionsResource} the path would never be matched.
 */
@Path("actions/{id}/dossier")
public class ActionDossierResource {

  static final String PDF = "application/pdf";

  @Inject private ActionDossiers dossiers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The action's dossier with the verification of its hash chain")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public DossierReport report(@PathParam("id") long id) {
    return dossiers.report(id);
  }

  @GET
  @Path("pdf")
  @Produces(PDF)
  @Operation(summary = "The action's dossier as PDF, for the investigation")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public Response pdf(@PathParam("id") long id) {
    return Response.ok(dossiers.pdf(id), PDF)
        .header("Content-Disposition", "attachment; filename=\"" + fileName(id) + "\"")
        .build();
  }

  static String fileName(long actionId) {
    return "actiedossier-" + actionId + ".pdf";
  }
}

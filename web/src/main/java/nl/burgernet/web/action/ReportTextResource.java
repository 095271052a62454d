package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.action.boundary.ActionReportPublishing;
import nl.burgernet.action.boundary.ReportDraftView;
import nl.burgernet.action.boundary.ReportText;
import nl.burgernet.web.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public report of a closed action, for the police communications officer of its unit: write
 * it, then publish it (public pages, the feed at {@link PublicReportsResource} and a mail to the
 * participants the action reached who want reports).
 *
 * <p>Bodies are taken as text and read with {@link JsonBody}: Payara's OpenAPI generator fails on a
 * body type whose fields carry Bean Validation constraints, and a broken body gets a Dutch problem
 * response this way too.
 */
@Path("actions/{id}/report")
@Produces(MediaType.APPLICATION_JSON)
public class ReportTextResource {

  @Inject private ActionReportPublishing reports;

  @GET
  @Operation(summary = "The closed action and its report so far")
  @APIResponse(responseCode = "409", description = "The action is still open")
  public ReportDraftView report(@PathParam("id") long actionId) {
    return reports.of(actionId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Write or rewrite the report's title and text",
      description =
          "Refused (400) when it holds an e-mail address, a phone number or the action's"
              + " description.")
  public ReportDraftView write(@PathParam("id") long actionId, String body) {
    return reports.write(actionId, JsonBody.read(body, ReportText.class));
  }

  @POST
  @Path("publication")
  @Operation(
      summary = "Publish the written report",
      description = "The first publication also mails it to the reached participants who want it.")
  @APIResponse(responseCode = "409", description = "No report was written yet")
  public ReportDraftView publish(@PathParam("id") long actionId) {
    return reports.publish(actionId);
  }
}

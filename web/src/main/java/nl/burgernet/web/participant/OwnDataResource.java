package nl.burgernet.web.participant;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.burgernet.participant.boundary.OwnData;
import nl.burgernet.participant.boundary.SelfService;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * The participant's own data for the app, as the self-service page shows and changes it: with the
 * session token of a magic link ({@code Authorization: Bearer ...}, see {@link
 * SelfServiceResource}). Channels, quiet hours and the action-report choice apply at once; a new
 * address waits for the municipality's approval. Nothing is kept by browsers or proxies.
 */
@Path("self-service/own-data")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class OwnDataResource {

  @Inject private SelfService selfService;

  @GET
  @Operation(summary = "The participant's contact details, addresses, channels and choices")
  @APIResponse(responseCode = "200", description = "The own data")
  @APIResponse(responseCode = "400", description = "No valid session")
  public Response view(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return ownData(selfService.view(SelfServiceResource.sessionToken(authorization)));
  }

  @PUT
  @Path("preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change channels and quiet hours (HH:mm, both or neither); at once")
  @APIResponse(responseCode = "200", description = "The own data as changed")
  @APIResponse(
      responseCode = "400",
      description =
          "No valid session, no channel, a channel without its number or address, or"
              + " quiet hours that are not HH:mm")
  public Response changePreferences(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, PreferencesJson preferences) {
    PreferencesJson wanted = preferences == null ? new PreferencesJson() : preferences;
    return ownData(
        selfService.changePreferences(
            SelfServiceResource.sessionToken(authorization),
            PreferencesJson.channelSet(wanted.channels),
            PreferencesJson.time(wanted.quietFrom),
            PreferencesJson.time(wanted.quietUntil)));
  }

  @PUT
  @Path("action-reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Whether the reports of actions that reached the participant come by mail")
  @APIResponse(responseCode = "200", description = "The own data as changed")
  @APIResponse(responseCode = "400", description = "No valid session, or no choice given")
  public Response changeActionReports(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ActionReportsJson choice) {
    if (choice == null || choice.wanted() == null) {
      throw new InvalidInputException("selfService.reports.choiceRequired");
    }
    return ownData(
        selfService.changeActionReports(
            SelfServiceResource.sessionToken(authorization), choice.wanted()));
  }

  @POST
  @Path("address-changes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask for a new home address and optional work address (none: leave work out)",
      description =
          "The municipality approves the new address first; until then messages follow"
              + " the current one. A newer request replaces one still waiting.")
  @APIResponse(responseCode = "202", description = "The own data with the change waiting")
  @APIResponse(
      responseCode = "400",
      description = "No valid session, an address that is not valid, or the same address")
  public Response requestAddressChange(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AddressChangeJson change) {
    AddressChangeJson asked = change == null ? new AddressChangeJson() : change;
    OwnData own =
        selfService.requestAddressChange(
            SelfServiceResource.sessionToken(authorization),
            asked.home == null ? null : asked.home.toDetails(),
            asked.work == null ? null : asked.work.toDetails());
    return Response.accepted(own).cacheControl(SelfServiceResource.noStore()).build();
  }

  @GET
  @Path("export")
  @Operation(summary = "Everything Burgernet keeps about the participant, as a JSON file")
  @APIResponse(responseCode = "200", description = "The file (attachment)")
  @APIResponse(responseCode = "400", description = "No valid session")
  public Response export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return Response.ok(selfService.export(SelfServiceResource.sessionToken(authorization)))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + SelfServiceBacking.DOWNLOAD_NAME + "\"")
        .cacheControl(SelfServiceResource.noStore())
        .build();
  }

  private static Response ownData(OwnData own) {
    return Response.ok(own).cacheControl(SelfServiceResource.noStore()).build();
  }

  /** The action-report choice: {@code {"wanted": true}}. */
  public record ActionReportsJson(Boolean wanted) {}

  /** A new home address and, optionally, a work address, as in a registration. */
  public static class AddressChangeJson {
    public AddressJson home;
    public AddressJson work;
  }
}

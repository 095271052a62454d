package nl.burgernet.web.participant;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import nl.burgernet.action.boundary.AppActionView;
import nl.burgernet.action.boundary.AppTip;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.ParticipantActions;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.participant.boundary.SelfService;
import nl.burgernet.participant.boundary.SelfServiceSession;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * The participant web app's API, without an account (web.xml leaves this path open): the app spends
 * the magic link from the participant's mail for a long-lived device token, and with it ({@code
 * Authorization: Bearer ...}) reads the actions of the participant's area, sends tips and, where
 * the participant turned it on, reports the device's location. Push subscriptions go to {@code
 * self-service/push-subscriptions} with the same token.
 */
@Path("app")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class AppResource {

  /** Base64 of the largest photo, with room for a data-URL prefix. */
  private static final int MAXIMUM_PHOTO_CHARACTERS = AppTip.MAXIMUM_PHOTO_BYTES / 3 * 4 + 100;

  @Inject private SelfService selfService;

  @Inject private ParticipantActions actions;

  @POST
  @Path("devices")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Spend a magic link to pair the web app on this device")
  @APIResponse(responseCode = "201", description = "The device token and when it ends")
  @APIResponse(responseCode = "400", description = "The link is unknown, used or expired")
  public Response pair(SelfServiceResource.LinkJson link) {
    SelfServiceSession device = selfService.pairApp(link == null ? null : link.link());
    return Response.status(Response.Status.CREATED)
        .cacheControl(SelfServiceResource.noStore())
        .entity(new SelfServiceResource.SessionJson(device.token(), device.expiresAt().toString()))
        .build();
  }

  @DELETE
  @Path("devices/current")
  @Operation(summary = "Unpair the web app on this device: its token ends")
  @APIResponse(responseCode = "204", description = "Unpaired")
  public Response unpair(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    selfService.unpairApp(SelfServiceResource.sessionToken(authorization));
    return Response.noContent().build();
  }

  @GET
  @Path("actions")
  @Operation(summary = "Open and recently closed actions whose area covers my addresses")
  @APIResponse(responseCode = "200", description = "The actions, open ones first")
  @APIResponse(responseCode = "400", description = "The device token is not valid")
  public Response actions(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    List<ActionJson> list =
        actions.forMyArea(SelfServiceResource.sessionToken(authorization)).stream()
            .map(ActionJson::of)
            .toList();
    return Response.ok(list).cacheControl(SelfServiceResource.noStore()).build();
  }

  @POST
  @Path("actions/{id}/tips")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a tip on an open action of my area, with an optional photo")
  @APIResponse(responseCode = "201", description = "The tip reached the control room")
  @APIResponse(responseCode = "400", description = "Text missing, photo refused, too many tips")
  @APIResponse(responseCode = "404", description = "No action of my area")
  @APIResponse(responseCode = "409", description = "The action is closed")
  public Response tip(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @PathParam("id") long actionId,
      TipJson tip) {
    if (tip == null) {
      throw new InvalidInputException("webApp.tip.text.required");
    }
    long id =
        actions.sendTip(
            SelfServiceResource.sessionToken(authorization),
            actionId,
            new AppTip(tip.text(), photo(tip.photo()), location(tip)));
    return Response.status(Response.Status.CREATED).entity(new TipIdJson(id)).build();
  }

  @PUT
  @Path("location")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Report where this device is now (the participant turned location on)")
  @APIResponse(responseCode = "204", description = "Kept as the last reported location")
  @APIResponse(responseCode = "400", description = "Not a point, or the device token not valid")
  public Response reportLocation(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, LocationJson location) {
    if (location == null || location.latitude() == null || location.longitude() == null) {
      throw new InvalidInputException("webApp.location.invalid");
    }
    selfService.reportLocation(
        SelfServiceResource.sessionToken(authorization), location.latitude(), location.longitude());
    return Response.noContent().build();
  }

  @DELETE
  @Path("location")
  @Operation(summary = "Turn location off: the last reported location is deleted")
  @APIResponse(responseCode = "204", description = "Deleted (or there was none)")
  public Response forgetLocation(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    selfService.forgetLocation(SelfServiceResource.sessionToken(authorization));
    return Response.noContent().build();
  }

  /** The photo as base64, optionally as a data URL ("data:image/jpeg;base64,..."). */
  private static byte[] photo(String base64) {
    if (base64 == null || base64.isBlank()) {
      return null;
    }
    if (base64.length() > MAXIMUM_PHOTO_CHARACTERS) {
      throw new InvalidInputException(
          "webApp.tip.photo.tooLarge", AppTip.MAXIMUM_PHOTO_BYTES / (1024 * 1024));
    }
    String data = base64.startsWith("data:") ? base64.substring(base64.indexOf(',') + 1) : base64;
    try {
      return Base64.getMimeDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("webApp.tip.photo.type");
    }
  }

  private static GeoPoint location(TipJson tip) {
    if (tip.latitude() == null || tip.longitude() == null) {
      return null;
    }
    try {
      return new GeoPoint(tip.latitude(), tip.longitude());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("webApp.tip.location.invalid");
    }
  }

  /**
   * @param photo base64 (or a data URL) of a JPEG or PNG, or null
   * @param latitude where something was seen, with longitude, or both null
   */
  public record TipJson(String text, String photo, Double latitude, Double longitude) {}

  public record TipIdJson(long id) {}

  public record LocationJson(Double latitude, Double longitude) {}

  /** What the app shows of an action. Times are ISO-8601 instants. */
  public record ActionJson(
      long id,
      String scenarioName,
      String description,
      String callbackNumber,
      boolean open,
      String startedAt,
      String closedAt,
      String outcome,
      String outcomeMessage,
      List<AreaJson> areas,
      List<Long> sendRequestIds) {

    static ActionJson of(AppActionView action) {
      return new ActionJson(
          action.id(),
          action.scenarioName(),
          action.description(),
          action.callbackNumber(),
          action.closedAt() == null,
          action.startedAt().toString(),
          text(action.closedAt()),
          action.outcome() == null ? null : action.outcome().name(),
          action.outcomeMessage(),
          action.areas().stream().map(AreaJson::of).toList(),
          action.sendRequestIds());
    }

    private static String text(Instant instant) {
      return instant == null ? null : instant.toString();
    }
  }

  /**
   * A round's area: a circle (latitude, longitude, radiusMetres), a polygon (corners as [lat, lon])
   * or municipalities or postcodes, which have no shape to draw.
   */
  public record AreaJson(
      String kind,
      Double latitude,
      Double longitude,
      Integer radiusMetres,
      List<List<Double>> polygon) {

    static AreaJson of(AreaSpecification area) {
      return new AreaJson(
          area.kind().name(),
          area.centre() == null ? null : area.centre().latitude(),
          area.centre() == null ? null : area.centre().longitude(),
          area.radiusMetres(),
          area.polygon().stream()
              .map(corner -> List.of(corner.latitude(), corner.longitude()))
              .toList());
    }
  }
}

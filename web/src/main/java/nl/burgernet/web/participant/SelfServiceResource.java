package nl.burgernet.web.participant;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import nl.burgernet.participant.boundary.PushSubscriptionDetails;
import nl.burgernet.participant.boundary.SelfService;
import nl.burgernet.participant.boundary.SelfServiceSession;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * Self-service for the participant's app, without an account (web.xml leaves this path open): the
 * app asks for a magic link by mail, spends it for a short session token, and with that token
 * ({@code Authorization: Bearer ...}) registers or removes the device's push subscription, reads
 * and changes the own data ({@link OwnDataResource}) and ends the session.
 */
@Path("self-service")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class SelfServiceResource {

  private static final String BEARER = "Bearer ";

  @Inject private SelfService selfService;

  @Inject
  @ConfigProperty(name = "burgernet.push.vapid.public")
  Optional<String> applicationServerKey;

  @POST
  @Path("links")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Mail a magic link to the participant with this e-mail address",
      description =
          "The same answer whether the address is known, unknown or asked too often:"
              + " the caller learns nothing about who takes part.")
  @APIResponse(responseCode = "202", description = "A link is mailed if the address is known")
  @APIResponse(responseCode = "400", description = "No e-mail address, or not a valid one")
  public Response requestLink(EmailJson email) {
    selfService.requestLink(email == null ? null : email.email());
    return Response.accepted().build();
  }

  @POST
  @Path("sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Spend a magic link for a short self-service session token")
  @APIResponse(responseCode = "201", description = "The session token and when it ends")
  @APIResponse(responseCode = "400", description = "The link is unknown, used or expired")
  public Response openSession(LinkJson link) {
    SelfServiceSession session = selfService.openSession(link == null ? null : link.link());
    return Response.status(Response.Status.CREATED)
        .cacheControl(noStore())
        .entity(new SessionJson(session.token(), session.expiresAt().toString()))
        .build();
  }

  @DELETE
  @Path("sessions/current")
  @Operation(summary = "End this session before it expires: its token opens nothing any more")
  @APIResponse(responseCode = "204", description = "Ended")
  @APIResponse(responseCode = "400", description = "No valid session")
  public Response endSession(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    selfService.endSession(sessionToken(authorization));
    return Response.noContent().build();
  }

  @GET
  @Path("push-subscriptions/application-server-key")
  @Operation(summary = "The VAPID public key to subscribe with (applicationServerKey)")
  @APIResponse(responseCode = "404", description = "App push is not configured")
  public Response applicationServerKey() {
    return applicationServerKey
        .map(key -> Response.ok(new KeyJson(key)).build())
        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
  }

  @POST
  @Path("push-subscriptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register this device's push subscription (PushSubscription.toJSON())")
  @APIResponse(responseCode = "204", description = "Registered")
  @APIResponse(responseCode = "400", description = "Session or subscription not valid")
  public Response addPushSubscription(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      PushSubscriptionJson subscription) {
    if (subscription == null || subscription.keys() == null) {
      throw new InvalidInputException("selfService.push.invalid");
    }
    selfService.addPushSubscription(
        sessionToken(authorization),
        new PushSubscriptionDetails(
            subscription.endpoint(), subscription.keys().p256dh(), subscription.keys().auth()));
    return Response.noContent().build();
  }

  @DELETE
  @Path("push-subscriptions")
  @Operation(summary = "Remove this device's push subscription")
  @APIResponse(responseCode = "204", description = "Removed (or it was not there)")
  public Response removePushSubscription(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("endpoint") String endpoint) {
    selfService.removePushSubscription(sessionToken(authorization), endpoint);
    return Response.noContent().build();
  }

  /** The token of an {@code Authorization: Bearer ...} header: a session or an app's device. */
  static String sessionToken(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new InvalidInputException("selfService.session.invalid");
    }
    return authorization.substring(BEARER.length()).strip();
  }

  /** Tokens and personal data are never kept by browsers or proxies. */
  static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    return cache;
  }

  public record EmailJson(String email) {}

  /** The magic link's token, as in the link's {@code token} parameter. */
  public record LinkJson(String link) {}

  public record SessionJson(String token, String expiresAt) {}

  public record KeyJson(String applicationServerKey) {}

  /** As the browser gives it: {@code {"endpoint":...,"keys":{"p256dh":...,"auth":...}}}. */
  public record PushSubscriptionJson(String endpoint, Keys keys) {

    public record Keys(String p256dh, String auth) {}
  }
}

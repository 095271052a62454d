package nl.burgernet.delivery.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.entity.StaffRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What each local peer of the embedded run received (the SMS centre, the mail server, the push
 * receiver, the voice endpoint), read from the peers' view at {@code burgernet.local.peers.url}.
 * Only the launcher and the tests set that address; without it (production) there is nothing to
 * show and every read is refused as not found.
 */
@Stateless
@RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
public class LocalPeerInboxes {

  static final String AUDIT_OBJECT = "LocalPeer";

  @Inject
  @ConfigProperty(name = "burgernet.local.peers.url")
  Optional<URI> view;

  @Inject private AuditTrail auditTrail;

  private HttpClient http;

  @PostConstruct
  void create() {
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  }

  /** Whether local peers run next to this application (never in production). */
  @PermitAll
  public boolean available() {
    return view.isPresent();
  }

  /** What the peer received, newest first; empty when the peer cannot be read just now. */
  public List<ReceivedAtPeer> received(LocalPeer peer) {
    URI base = view.orElseThrow(() -> new NotFoundException(AUDIT_OBJECT, peer.name()));
    auditTrail.record(AuditAction.READ, AUDIT_OBJECT, peer.name(), AuditResult.SUCCESS);
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(base.resolve(peer.path()))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 ? items(answer.body()) : List.of();
    } catch (IOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  private static List<ReceivedAtPeer> items(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
          .map(
              item ->
                  new ReceivedAtPeer(
                      Instant.parse(item.getString("at")),
                      item.getString("to"),
                      item.getString("content")))
          .toList();
    } catch (JsonException | ClassCastException | NullPointerException e) {
      return List.of();
    }
  }
}

package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import nl.burgernet.action.control.CapSchema;
import nl.burgernet.action.control.WebhookSignature;
import nl.burgernet.action.entity.GeoPoint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Rotterdam action as partner systems see it: started with a circle, widened with a polygon and
 * closed with a find, it is three CAP 1.2 documents valid against the OASIS schema (Alert, Update,
 * all-clear Update, each referencing the ones before) and three entries in the CAP feed; a
 * partner's webhook receiver (a real HTTP server in this test) gets each of them signed with its
 * secret, also when it fails the first time; the dossier downloads as a PDF with every step.
 *
 * <p>Every method calls the API from outside as the operator, the administrator or an investigating
 * officer would; they share the store, so they run in order. The receiver lives in this test's JVM.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActionInteropIT {

  private static final String DESCRIPTION = "Interop-test: vrouw, blauwe fiets, gele rugzak.";
  private static final GeoPoint INCIDENT = new GeoPoint(51.9780, 4.1330);
  private static final Duration WAIT = Duration.ofSeconds(60);
  // the local partner LocalPeers configures for incoming CAP alerts
  private static final String PARTNER = "amber-alert@politie.nl";
  private static final String PARTNER_TOKEN = "lokale-cap-partner";
  private static final String AMBER_IDENTIFIER = "AMBER-IT-2026-1";
  private static final String AMBER_DESCRIPTION = "Interop-test: meisje, 6 jaar, roze jas.";
  private static final String SENT = "2026-11-22T20:30:00+01:00";

  private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
  private static final AtomicInteger REQUESTS = new AtomicInteger();
  private static HttpServer receiver;
  private static String secret;
  private static long endpointId;

  /** One request the partner's receiver got. */
  record Received(int status, String delivery, String timestamp, String signature, String body) {}

  @Deployment
  static WebArchive deployment() {
    // no run-as fixture: its role mapping would leave the administrator and the investigating
    // officer without their roles in the EJBs
    return Deployments.burgernet(ActionInteropIT.class, Received.class, StaffApi.class);
  }

  @Test
  @Order(1)
  @RunAsClient
  void the_administrator_registers_a_partners_receiver_for_rotterdam(@ArquillianResource URL base)
      throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/burgernet",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the very first request fails: the application must try again
            int status = REQUESTS.getAndIncrement() == 0 ? 500 : 204;
            RECEIVED.add(
                new Received(
                    status,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER),
                    body));
            exchange.sendResponseHeaders(status, -1);
          } finally {
            exchange.close();
          }
        });
    receiver.start();
    StaffApi api = new StaffApi(base);
    long rotterdam =
        StaffApi.array(api.get("regions", "beheerder", DEMO_PASSWORD)).stream()
            .map(JsonValue::asJsonObject)
            .filter(region -> region.getString("name").contains("Rotterdam"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/burgernet";

    String registration =
        Json.createObjectBuilder().add("regionId", rotterdam).add("url", url).build().toString();

    HttpResponse<String> registered =
        api.post("webhooks", registration, "beheerder", DEMO_PASSWORD);

    assertThat(registered.statusCode()).isEqualTo(201);
    secret = StaffApi.object(registered).getString("secret");
    endpointId = StaffApi.object(registered).getJsonNumber("id").longValue();
    assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
    assertThat(api.post("webhooks", registration, "meldkamer", DEMO_PASSWORD).statusCode())
        .as("only the functional administrator registers receivers")
        .isEqualTo(403);
  }

  @Test
  @Order(2)
  @RunAsClient
  void an_operator_starts_widens_and_closes_an_action_through_the_api(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);
    long robbery = api.scenarioId("Overval", "meldkamer", DEMO_PASSWORD);
    HttpResponse<String> started =
        api.post(
            "actions",
            Json.createObjectBuilder()
                .add("scenarioId", robbery)
                .add("description", DESCRIPTION)
                .add("callbackNumber", "0800-6009")
                .add("channels", Json.createArrayBuilder().add("SMS"))
                .add(
                    "area",
                    Json.createObjectBuilder()
                        .add("kind", "CIRCLE")
                        .add("centre", point(INCIDENT.latitude(), INCIDENT.longitude()))
                        .add("radiusMetres", 1_500))
                .add("idempotencyKey", "it-action-interop-start")
                .build()
                .toString(),
            "meldkamer",
            DEMO_PASSWORD);
    assertThat(started.statusCode()).isEqualTo(201);
    long id = StaffApi.object(started).getJsonNumber("id").longValue();

    HttpResponse<String> widened =
        api.post(
            "actions/" + id + "/rounds",
            Json.createObjectBuilder()
                .add(
                    "area",
                    Json.createObjectBuilder()
                        .add("kind", "POLYGON")
                        .add(
                            "polygon",
                            Json.createArrayBuilder()
                                .add(point(51.96, 4.11))
                                .add(point(51.99, 4.11))
                                .add(point(51.99, 4.16))
                                .add(point(51.96, 4.16))))
                .add("idempotencyKey", "it-action-interop-widen")
                .build()
                .toString(),
            "meldkamer",
            DEMO_PASSWORD);
    assertThat(widened.statusCode()).isEqualTo(201);
    assertThat(StaffApi.object(widened).getInt("number")).isEqualTo(2);

    HttpResponse<String> closed =
        api.post(
            "actions/" + id + "/closing",
            Json.createObjectBuilder()
                .add("outcome", "FOUND_THANKS_TO_PARTICIPANT")
                .add("outcomeMessage", "Gevonden dankzij een deelnemer.")
                .build()
                .toString(),
            "meldkamer",
            DEMO_PASSWORD);
    assertThat(closed.statusCode()).isEqualTo(200);
    assertThat(StaffApi.object(closed).getString("state")).isEqualTo("CLOSED");
  }

  @Test
  @Order(3)
  @RunAsClient
  void each_step_is_a_valid_cap_document_referencing_the_earlier_ones(@ArquillianResource URL base)
      throws Exception {
    StaffApi api = new StaffApi(base);
    long id = ourActionId(api);

    String alert = cap(api, "actions/" + id + "/cap/1");
    String update = cap(api, "actions/" + id + "/cap/2");
    String closure = cap(api, "actions/" + id + "/cap/3");

    for (String document : List.of(alert, update, closure)) {
      CapSchema.validate(document);
      assertThat(document)
          .contains("<status>Actual</status>")
          .contains("<language>nl-NL</language>")
          .contains("<event>Overval</event>");
    }
    assertThat(alert)
        .contains("<msgType>Alert</msgType>")
        .contains("<circle>51.978000,4.133000 1.500</circle>")
        .doesNotContain("<references>");
    assertThat(update)
        .contains("<msgType>Update</msgType>")
        .contains("<polygon>51.960000,4.110000 51.990000,4.110000")
        .contains("<references>burgernet@politie.nl,burgernet-actie-" + id + "-ronde-1,");
    assertThat(closure)
        .contains("<msgType>Update</msgType>")
        .contains("<responseType>AllClear</responseType>")
        .contains("<description>Gevonden dankzij een deelnemer.</description>")
        .contains("burgernet-actie-" + id + "-ronde-2,");
    assertThat(cap(api, "actions/" + id + "/cap")).as("the newest").isEqualTo(closure);
    assertThat(api.get("actions/" + id + "/cap", "rechercheur", DEMO_PASSWORD, "*/*").statusCode())
        .as("an investigating officer is no partner system")
        .isEqualTo(403);
  }

  @Test
  @Order(4)
  @RunAsClient
  void the_feed_lists_the_messages_newest_first_with_links_to_their_documents(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);
    long id = ourActionId(api);

    HttpResponse<String> feed =
        api.get("cap/feed?max=200", "meldkamer", DEMO_PASSWORD, "application/atom+xml");

    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
    String body = feed.body();
    int closure = body.indexOf("/actions/" + id + "/cap/3\"");
    int update = body.indexOf("/actions/" + id + "/cap/2\"");
    int alert = body.indexOf("/actions/" + id + "/cap/1\"");
    assertThat(closure).isPositive().isLessThan(update);
    assertThat(update).isLessThan(alert);
    assertThat(body).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">");
  }

  @Test
  @Order(5)
  @RunAsClient
  void the_partner_receives_every_message_signed_also_after_failing_once(
      @ArquillianResource URL base) throws Exception {
    StaffApi api = new StaffApi(base);
    long id = ourActionId(api);
    Instant deadline = Instant.now().plus(WAIT);
    while (RECEIVED.stream().filter(r -> r.status() == 204).count() < 3
        && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }

    List<Received> accepted = RECEIVED.stream().filter(r -> r.status() == 204).toList();
    assertThat(accepted).hasSize(3);
    for (Received request : RECEIVED) {
      assertThat(request.signature())
          .isEqualTo(
              WebhookSignature.sign(secret, Long.parseLong(request.timestamp()), request.body()));
      assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(request.timestamp())))
          .isLessThan(300);
      CapSchema.validate(request.body());
    }
    Received failed = RECEIVED.get(0);
    assertThat(failed.status()).isEqualTo(500);
    assertThat(accepted)
        .as("the failed one came again")
        .anySatisfy(r -> assertThat(r.delivery()).isEqualTo(failed.delivery()));
    assertThat(accepted.stream().map(Received::body))
        .anySatisfy(body -> assertThat(body).contains("<msgType>Alert</msgType>"))
        .anySatisfy(body -> assertThat(body).contains("<responseType>AllClear</responseType>"));

    List<JsonObject> deliveries =
        StaffApi.array(api.get("webhooks/deliveries?action=" + id, "meldkamer", DEMO_PASSWORD))
            .stream()
            .map(JsonValue::asJsonObject)
            // other partners of the region (other tests' endpoints) get the action's messages too
            .filter(d -> d.getJsonNumber("endpointId").longValue() == endpointId)
            .toList();
    assertThat(deliveries).hasSize(3).allSatisfy(d -> assertThat(d).containsKey("deliveredAt"));
    assertThat(deliveries)
        .anySatisfy(
            d -> {
              assertThat(d.getString("capIdentifier")).endsWith("-ronde-1");
              assertThat(d.getInt("attempts")).isEqualTo(2);
            });
  }

  @Test
  @Order(6)
  @RunAsClient
  void the_dossier_downloads_as_a_pdf_with_every_step(@ArquillianResource URL base)
      throws Exception {
    StaffApi api = new StaffApi(base);
    long id = ourActionId(api);

    HttpResponse<byte[]> pdf = download(base, "actions/" + id + "/dossier/pdf");

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Actiedossier Burgernetactie " + id)
          .contains("Hashketen intact")
          .contains("STARTED door meldkamer")
          .contains("ROUND_SENT")
          .contains("CLOSED")
          .contains("OUTCOME_SENT")
          .contains("Update burgernet-actie-" + id + "-afloop");
    }
    assertThat(api.get("actions/" + id + "/dossier", "rechercheur", DEMO_PASSWORD).statusCode())
        .as("an investigating officer of another region")
        .isEqualTo(404);
  }

  @Test
  @Order(7)
  @RunAsClient
  void a_trusted_partners_amber_alert_becomes_a_draft_for_the_control_room(
      @ArquillianResource URL base) {
    HttpResponse<String> received = postCap(base, PARTNER_TOKEN, amberAlert(PARTNER, "Actual"));

    assertThat(received.statusCode()).isEqualTo(201);
    JsonObject draft = StaffApi.object(received);
    assertThat(draft.getString("state")).isEqualTo("PENDING");
    assertThat(draft.getString("description")).isEqualTo(AMBER_DESCRIPTION);
    assertThat(draft.getJsonObject("area").getString("kind")).isEqualTo("CIRCLE");
    assertThat(draft.getJsonObject("area").getInt("radiusMetres")).isEqualTo(1_000);
    assertThat(postCap(base, PARTNER_TOKEN, amberAlert(PARTNER, "Actual")).statusCode())
        .as("the same alert again: the same draft")
        .isEqualTo(201);
    List<JsonObject> pending =
        StaffApi.array(new StaffApi(base).get("action-drafts", "meldkamer", DEMO_PASSWORD)).stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("capIdentifier").equals(AMBER_IDENTIFIER))
            .toList();
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).getJsonNumber("scenarioId").longValue())
        .as("the AMBER Alert scenario")
        .isEqualTo(new StaffApi(base).scenarioId("AMBER Alert", "meldkamer", DEMO_PASSWORD));
  }

  @Test
  @Order(8)
  @RunAsClient
  void untrusted_unauthenticated_system_and_invalid_alerts_are_refused_with_a_problem(
      @ArquillianResource URL base) {
    HttpResponse<String> wrongKey = postCap(base, "geraden", amberAlert(PARTNER, "Actual"));
    HttpResponse<String> untrusted =
        postCap(base, PARTNER_TOKEN, amberAlert("iemand@elders.example", "Actual"));
    HttpResponse<String> system = postCap(base, PARTNER_TOKEN, amberAlert(PARTNER, "System"));
    HttpResponse<String> broken = postCap(base, PARTNER_TOKEN, "<alert>geen CAP</alert>");

    assertThat(wrongKey.statusCode()).isEqualTo(403);
    assertThat(untrusted.statusCode()).isEqualTo(403);
    assertThat(untrusted.body()).contains("niet op de lijst van vertrouwde afzenders");
    assertThat(system.statusCode()).isEqualTo(400);
    assertThat(system.body()).contains("Actual, Exercise of Test").contains("System");
    assertThat(broken.statusCode()).isEqualTo(400);
    for (HttpResponse<String> refused : List.of(wrongKey, untrusted, system, broken)) {
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
  }

  @Test
  @Order(9)
  @RunAsClient
  void the_operator_sends_the_reviewed_draft_and_its_dossier_keeps_the_partners_alert(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);
    long draftId =
        StaffApi.array(api.get("action-drafts", "meldkamer", DEMO_PASSWORD)).stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("capIdentifier").equals(AMBER_IDENTIFIER))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();

    HttpResponse<String> sent = sendDraft(api, draftId, "it-action-interop-draft");

    assertThat(sent.statusCode()).isEqualTo(201);
    JsonObject action = StaffApi.object(sent);
    assertThat(action.getString("kind")).isEqualTo("AMBER_ALERT");
    assertThat(action.getString("description")).isEqualTo(AMBER_DESCRIPTION);
    assertThat(action.getJsonArray("rounds")).hasSize(1);
    assertThat(
            StaffApi.array(api.get("action-drafts", "meldkamer", DEMO_PASSWORD)).stream()
                .map(JsonValue::asJsonObject)
                .map(d -> d.getString("capIdentifier")))
        .doesNotContain(AMBER_IDENTIFIER);
    JsonObject dossier =
        StaffApi.object(
            api.get(
                "actions/" + action.getJsonNumber("id").longValue() + "/dossier",
                "meldkamer",
                DEMO_PASSWORD));
    assertThat(dossier.getJsonArray("entries").stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            entry -> {
              assertThat(entry.getString("kind")).isEqualTo("CAP_RECEIVED");
              assertThat(entry.getString("actor")).isEqualTo("cap:" + PARTNER);
              assertThat(entry.getString("content")).contains(AMBER_IDENTIFIER);
            });
    assertThat(dossier.getJsonObject("verification"))
        .as("the chain holds: no first broken entry")
        .doesNotContainKey("firstBrokenSequence")
        .containsEntry("entries", Json.createValue(dossier.getJsonArray("entries").size()));
  }

  @Test
  @Order(10)
  @RunAsClient
  void the_administrator_stops_the_webhook_so_later_actions_are_not_posted(
      @ArquillianResource URL base) throws Exception {
    StaffApi api = new StaffApi(base);

    HttpResponse<String> stopped =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/webhooks/" + endpointId))
                    .header("Authorization", basic("beheerder"))
                    .timeout(Duration.ofSeconds(30))
                    .DELETE()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(stopped.statusCode()).isEqualTo(204);
    assertThat(StaffApi.array(api.get("webhooks", "beheerder", DEMO_PASSWORD)).stream())
        .map(JsonValue::asJsonObject)
        .filteredOn(endpoint -> endpoint.getJsonNumber("id").longValue() == endpointId)
        .singleElement()
        .satisfies(endpoint -> assertThat(endpoint.getBoolean("active")).isFalse());
  }

  @Test
  @Order(11)
  @RunAsClient
  void an_exercise_alert_becomes_an_exercise_and_a_test_alert_a_test(@ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);
    HttpResponse<String> exercise =
        postCap(
            base, PARTNER_TOKEN, amberAlert(AMBER_IDENTIFIER + "-OEFENING", PARTNER, "Exercise"));
    HttpResponse<String> test =
        postCap(base, PARTNER_TOKEN, amberAlert(AMBER_IDENTIFIER + "-TEST", PARTNER, "Test"));

    assertThat(exercise.statusCode()).isEqualTo(201);
    assertThat(test.statusCode()).isEqualTo(201);
    assertThat(StaffApi.object(test).getString("status")).isEqualTo("TEST");
    JsonObject draft = StaffApi.object(exercise);
    assertThat(draft.getString("status")).isEqualTo("EXERCISE");
    assertThat(draft.getString("state")).isEqualTo("PENDING");

    HttpResponse<String> sent =
        sendDraft(api, draft.getJsonNumber("id").longValue(), "it-action-interop-exercise");

    assertThat(sent.statusCode()).isEqualTo(201);
    JsonObject action = StaffApi.object(sent);
    assertThat(action.getString("status")).isEqualTo("EXERCISE");
    assertThat(action.getString("smsText")).startsWith("OEFENING");
    assertThat(cap(api, "actions/" + action.getJsonNumber("id").longValue() + "/cap/1"))
        .contains("<status>Exercise</status>");
  }

  @Test
  @Order(12)
  @RunAsClient
  void a_partners_update_replaces_its_waiting_draft_and_its_cancel_withdraws_it(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);
    String first = AMBER_IDENTIFIER + "-WIJZIGING";
    JsonObject alert =
        StaffApi.object(postCap(base, PARTNER_TOKEN, amberAlert(first, PARTNER, "Actual")));

    HttpResponse<String> updated =
        postCap(
            base,
            PARTNER_TOKEN,
            capMessage(
                first + "-2", "Update", reference(first), "Meisje gezien in een rode auto."));

    assertThat(updated.statusCode()).isEqualTo(201);
    JsonObject update = StaffApi.object(updated);
    assertThat(update.getString("state")).isEqualTo("PENDING");
    assertThat(update.getString("description")).isEqualTo("Meisje gezien in een rode auto.");
    assertThat(waitingIdentifiers(api)).contains(first + "-2").doesNotContain(first);
    assertThat(draft(api, alert).getString("state")).isEqualTo("REPLACED");

    String cancel =
        capMessage(
            first + "-3", "Cancel", reference(first) + " " + reference(first + "-2"), "Gevonden.");
    HttpResponse<String> cancelled = postCap(base, PARTNER_TOKEN, cancel);

    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(StaffApi.object(cancelled).getString("state")).isEqualTo("WITHDRAWN");
    assertThat(waitingIdentifiers(api)).doesNotContain(first, first + "-2");
    assertThat(postCap(base, PARTNER_TOKEN, cancel).statusCode())
        .as("the same cancel again")
        .isEqualTo(200);
    HttpResponse<String> unknown =
        postCap(
            base,
            PARTNER_TOKEN,
            capMessage(first + "-4", "Update", reference("ONBEKEND-1"), AMBER_DESCRIPTION));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("verwijst naar geen melding");
  }

  @Test
  @Order(13)
  @RunAsClient
  void an_update_and_a_cancel_of_an_alert_that_is_an_action_go_into_its_dossier_only(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);
    String update = AMBER_IDENTIFIER + "-UPDATE";

    HttpResponse<String> updated =
        postCap(
            base,
            PARTNER_TOKEN,
            capMessage(update, "Update", reference(AMBER_IDENTIFIER), "Ook gezocht: rode auto."));
    HttpResponse<String> cancelled =
        postCap(
            base,
            PARTNER_TOKEN,
            capMessage(
                AMBER_IDENTIFIER + "-CANCEL",
                "Cancel",
                reference(AMBER_IDENTIFIER) + " " + reference(update),
                "Gevonden."));

    assertThat(updated.statusCode()).isEqualTo(201);
    JsonObject attached = StaffApi.object(updated);
    assertThat(attached.getString("state")).isEqualTo("ATTACHED");
    assertThat(waitingIdentifiers(api)).doesNotContain(update);
    assertThat(cancelled.statusCode()).isEqualTo(200);
    long actionId = attached.getJsonNumber("actionId").longValue();
    assertThat(
            StaffApi.object(api.get("actions/" + actionId, "meldkamer", DEMO_PASSWORD))
                .getString("state"))
        .as("the control room closes the action, not the partner")
        .isEqualTo("OPEN");
    JsonObject dossier =
        StaffApi.object(api.get("actions/" + actionId + "/dossier", "meldkamer", DEMO_PASSWORD));
    List<String> partnerLines =
        dossier.getJsonArray("entries").stream()
            .map(JsonValue::asJsonObject)
            .filter(entry -> entry.getString("kind").equals("CAP_RECEIVED"))
            .map(entry -> entry.getString("content").lines().findFirst().orElseThrow())
            .toList();
    assertThat(partnerLines)
        .anySatisfy(
            line -> assertThat(line).startsWith("CAP-Update " + update + " van " + PARTNER));
    assertThat(partnerLines)
        .as("one cancel of the alert and its update: noted once")
        .filteredOn(line -> line.startsWith("CAP-Cancel " + AMBER_IDENTIFIER + "-CANCEL"))
        .hasSize(1);
    assertThat(dossier.getJsonObject("verification")).doesNotContainKey("firstBrokenSequence");
  }

  @AfterAll
  static void stopReceiver() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  /** The operator sends the reviewed draft, as the concept page's button does. */
  private static HttpResponse<String> sendDraft(StaffApi api, long draftId, String key) {
    return api.post(
        "action-drafts/" + draftId + "/sending",
        "{\"idempotencyKey\":\"" + key + "\"}",
        "meldkamer",
        DEMO_PASSWORD);
  }

  private static HttpResponse<String> postCap(URL base, String token, String document) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(base + "api/v1/cap/incoming"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/cap+xml")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString(document))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * An AMBER Alert as the partner sends it: a 1 km circle at Hoek van Holland, where no other test
   * puts participants (a real AMBER circle is far wider, but it would reach other tests' people).
   */
  private static String amberAlert(String sender, String status) {
    return amberAlert(AMBER_IDENTIFIER, sender, status);
  }

  private static String amberAlert(String identifier, String sender, String status) {
    return capMessage(identifier, sender, status, "Alert", "", AMBER_DESCRIPTION);
  }

  /** The partner's update or cancel of earlier messages, with the alert's area. */
  private static String capMessage(
      String identifier, String msgType, String references, String description) {
    return capMessage(identifier, PARTNER, "Actual", msgType, references, description);
  }

  /** CAP's reference to one of the partner's earlier messages: sender,identifier,sent. */
  private static String reference(String identifier) {
    return PARTNER + "," + identifier + "," + SENT;
  }

  private static String capMessage(
      String identifier,
      String sender,
      String status,
      String msgType,
      String references,
      String description) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>%s</identifier>
          <sender>%s</sender>
          <sent>%s</sent>
          <status>%s</status>
          <msgType>%s</msgType>
          <scope>Public</scope>
          %s
          <info>
            <language>nl-NL</language>
            <category>Rescue</category>
            <event>AMBER Alert</event>
            <urgency>Immediate</urgency>
            <severity>Extreme</severity>
            <certainty>Likely</certainty>
            <headline>AMBER Alert: vermist kind</headline>
            <description>%s</description>
            <contact>0800-6070</contact>
            <area>
              <areaDesc>Rotterdam en omgeving</areaDesc>
              <circle>51.9780,4.1330 1</circle>
            </area>
          </info>
        </alert>
        """
        .formatted(
            identifier,
            sender,
            SENT,
            status,
            msgType,
            references.isEmpty() ? "" : "<references>" + references + "</references>",
            description);
  }

  private static List<String> waitingIdentifiers(StaffApi api) {
    return StaffApi.array(api.get("action-drafts", "meldkamer", DEMO_PASSWORD)).stream()
        .map(JsonValue::asJsonObject)
        .map(draft -> draft.getString("capIdentifier"))
        .toList();
  }

  private static JsonObject draft(StaffApi api, JsonObject draft) {
    return StaffApi.object(
        api.get(
            "action-drafts/" + draft.getJsonNumber("id").longValue(), "meldkamer", DEMO_PASSWORD));
  }

  private static JsonObject point(double latitude, double longitude) {
    return Json.createObjectBuilder().add("latitude", latitude).add("longitude", longitude).build();
  }

  private static String cap(StaffApi api, String path) {
    HttpResponse<String> response =
        api.get(path, "meldkamer", DEMO_PASSWORD, "application/cap+xml");
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private static long ourActionId(StaffApi api) {
    return StaffApi.array(api.get("actions?max=500", "meldkamer", DEMO_PASSWORD)).stream()
        .map(JsonValue::asJsonObject)
        .filter(action -> action.getString("description").equals(DESCRIPTION))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String basic(String username) {
    String token = username + ":" + DEMO_PASSWORD;
    return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<byte[]> download(URL base, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Authorization", basic("meldkamer"))
                .header("Accept", "application/pdf")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}

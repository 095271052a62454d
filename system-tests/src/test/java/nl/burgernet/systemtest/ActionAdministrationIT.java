package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The functional administrator keeps the deployment scenarios and the partners' webhooks through
 * the API, against the real store and broker: a new scenario is offered to the operators until it
 * is switched off, bad input is refused in Dutch, every change is audited; a webhook that wants
 * only closures gets only the closure, and a delivery the broker gave up on is delivered when the
 * administrator retries it after the partner fixed its receiver.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionAdministrationIT {

  private static final Duration WAIT = Duration.ofSeconds(90);

  private static HttpServer receiver;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @AfterAll
  static void stopReceiver() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  void a_new_scenario_is_offered_to_operators_until_the_administrator_switches_it_off(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);
    String name = "IT-scenario " + System.nanoTime();

    HttpResponse<String> created =
        api.post(
            "scenarios",
            scenario(name, 1_200, "{signalement} Bel {nummer}."),
            "beheerder",
            DEMO_PASSWORD);

    assertThat(created.statusCode()).isEqualTo(201);
    long id = StaffApi.object(created).getJsonNumber("id").longValue();
    assertThat(names(api.get("scenarios", "meldkamer", DEMO_PASSWORD))).contains(name);

    HttpResponse<String> changed =
        api.put(
            "scenarios/" + id,
            scenario(name, 3_000, "Burgernet: {signalement} Bel {nummer}."),
            "beheerder",
            DEMO_PASSWORD);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(StaffApi.object(changed).getInt("defaultRadiusMetres")).isEqualTo(3_000);
    assertThat(StaffApi.object(changed).getString("smsWording"))
        .isEqualTo("Burgernet: {signalement} Bel {nummer}.");

    HttpResponse<String> switchedOff = api.delete("scenarios/" + id, "beheerder", DEMO_PASSWORD);
    assertThat(switchedOff.statusCode()).isEqualTo(200);
    assertThat(StaffApi.object(switchedOff).getBoolean("active")).isFalse();
    assertThat(names(api.get("scenarios", "meldkamer", DEMO_PASSWORD))).doesNotContain(name);
    assertThat(names(api.get("scenarios?all=true", "beheerder", DEMO_PASSWORD))).contains(name);
    assertThat(AuditDatabase.actions("beheerder"))
        .contains("CREATE DeploymentScenario", "UPDATE DeploymentScenario");
  }

  @Test
  void bad_scenarios_are_refused_with_a_dutch_explanation_and_operators_cannot_change_them(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);

    HttpResponse<String> tooSmall =
        api.post(
            "scenarios",
            scenario("IT-te-klein", 10, "{signalement} Bel {nummer}."),
            "beheerder",
            DEMO_PASSWORD);
    HttpResponse<String> noNumber =
        api.post(
            "scenarios",
            scenario("IT-zonder-nummer", 1_000, "{signalement} Bel de politie."),
            "beheerder",
            DEMO_PASSWORD);
    HttpResponse<String> taken =
        api.post(
            "scenarios",
            scenario("Overval", 1_000, "{signalement} Bel {nummer}."),
            "beheerder",
            DEMO_PASSWORD);
    HttpResponse<String> byOperator =
        api.post(
            "scenarios",
            scenario("IT-door-meldkamer", 1_000, "{signalement} Bel {nummer}."),
            "meldkamer",
            DEMO_PASSWORD);

    assertThat(tooSmall.statusCode()).isEqualTo(400);
    assertThat(StaffApi.object(tooSmall).getString("detail"))
        .isEqualTo("De standaardstraal is 50 tot en met 50.000 meter.");
    assertThat(noNumber.statusCode()).isEqualTo(400);
    assertThat(StaffApi.object(noNumber).getString("detail"))
        .isEqualTo("De sms- en spraaktekst moeten allebei {signalement} en {nummer} bevatten.");
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(StaffApi.object(taken).getString("detail"))
        .isEqualTo("Er bestaat al een inzetscenario met deze naam.");
    assertThat(byOperator.statusCode()).isEqualTo(403);
    assertThat(api.get("scenarios?all=true", "meldkamer", DEMO_PASSWORD).statusCode())
        .isEqualTo(403);
  }

  @Test
  void a_closures_only_webhook_gets_the_closure_and_a_given_up_delivery_is_retried(
      @ArquillianResource URL base) throws IOException {
    AtomicBoolean fixed = new AtomicBoolean();
    AtomicInteger requests = new AtomicInteger();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/alleen-afloop",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            requests.incrementAndGet();
            exchange.sendResponseHeaders(fixed.get() ? 204 : 503, -1);
          } finally {
            exchange.close();
          }
        });
    receiver.start();
    StaffApi api = new StaffApi(base);
    HttpResponse<String> registered =
        api.post(
            "webhooks",
            Json.createObjectBuilder()
                .add("regionId", rotterdam(api))
                .add(
                    "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/alleen-afloop")
                .add("events", Json.createArrayBuilder().add("CLOSED"))
                .build()
                .toString(),
            "beheerder",
            DEMO_PASSWORD);
    assertThat(registered.statusCode()).isEqualTo(201);
    long endpointId = StaffApi.object(registered).getJsonNumber("id").longValue();
    assertThat(StaffApi.object(registered).getJsonArray("events"))
        .containsExactly(Json.createValue("CLOSED"));

    long actionId = startAndClose(api);

    JsonObject delivery = awaitDelivery(api, actionId, endpointId, d -> d.getInt("attempts") >= 5);
    List<JsonObject> ours = deliveriesOf(api, actionId, endpointId);
    assertThat(ours).as("only the closure, not the start").hasSize(1);
    assertThat(delivery.getString("capIdentifier")).endsWith("-afloop");
    assertThat(delivered(delivery)).isFalse();
    assertThat(delivery.getInt("lastStatus")).isEqualTo(503);
    long deliveryId = delivery.getJsonNumber("id").longValue();
    assertThat(
            api.post("webhooks/deliveries/" + deliveryId + "/retry", "", "meldkamer", DEMO_PASSWORD)
                .statusCode())
        .as("retrying is the administrator's")
        .isEqualTo(403);

    fixed.set(true);
    HttpResponse<String> retried =
        api.post("webhooks/deliveries/" + deliveryId + "/retry", "", "beheerder", DEMO_PASSWORD);

    assertThat(retried.statusCode()).isEqualTo(202);
    JsonObject delivered =
        awaitDelivery(api, actionId, endpointId, ActionAdministrationIT::delivered);
    assertThat(delivered.getInt("lastStatus")).isEqualTo(204);
    assertThat(delivered.getInt("attempts")).isEqualTo(6);
    assertThat(
            api.post("webhooks/deliveries/" + deliveryId + "/retry", "", "beheerder", DEMO_PASSWORD)
                .statusCode())
        .as("a delivered message is not sent again")
        .isEqualTo(409);
    assertThat(AuditDatabase.actions("beheerder"))
        .contains("CREATE WebhookEndpoint", "UPDATE WebhookDelivery");
    // the receiver stops with this class: later actions in Rotterdam must not post to it
    assertThat(api.delete("webhooks/" + endpointId, "beheerder", DEMO_PASSWORD).statusCode())
        .isEqualTo(204);
  }

  private long startAndClose(StaffApi api) {
    long robbery =
        StaffApi.array(api.get("scenarios", "meldkamer", DEMO_PASSWORD)).stream()
            .map(JsonValue::asJsonObject)
            .filter(scenario -> scenario.getString("name").equals("Overval"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> started =
        api.post(
            "actions",
            Json.createObjectBuilder()
                .add("scenarioId", robbery)
                .add("description", "Beheer-test: man, rode jas.")
                .add("callbackNumber", "0800-6009")
                .add("channels", Json.createArrayBuilder().add("SMS"))
                .add(
                    "area",
                    Json.createObjectBuilder()
                        .add("kind", "CIRCLE")
                        .add(
                            "centre",
                            Json.createObjectBuilder()
                                .add("latitude", 51.8420)
                                .add("longitude", 4.3260))
                        .add("radiusMetres", 500))
                .add("idempotencyKey", "it-action-administration-" + System.nanoTime())
                .build()
                .toString(),
            "meldkamer",
            DEMO_PASSWORD);
    assertThat(started.statusCode()).isEqualTo(201);
    long id = StaffApi.object(started).getJsonNumber("id").longValue();
    HttpResponse<String> closed =
        api.post(
            "actions/" + id + "/closing",
            Json.createObjectBuilder()
                .add("outcome", "NOT_FOUND")
                .add("outcomeMessage", "De man is niet gevonden. Dank voor het uitkijken.")
                .build()
                .toString(),
            "meldkamer",
            DEMO_PASSWORD);
    assertThat(closed.statusCode()).isEqualTo(200);
    return id;
  }

  /** JSON-B leaves out what is null, so an undelivered delivery has no deliveredAt at all. */
  private static boolean delivered(JsonObject delivery) {
    return delivery.containsKey("deliveredAt") && !delivery.isNull("deliveredAt");
  }

  private static JsonObject awaitDelivery(
      StaffApi api, long actionId, long endpointId, Predicate<JsonObject> condition) {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      List<JsonObject> ours = deliveriesOf(api, actionId, endpointId);
      if (!ours.isEmpty() && condition.test(ours.get(0))) {
        return ours.get(0);
      }
      LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
    }
    throw new AssertionError(
        "no such delivery in time: " + deliveriesOf(api, actionId, endpointId));
  }

  private static List<JsonObject> deliveriesOf(StaffApi api, long actionId, long endpointId) {
    return StaffApi.array(
            api.get("webhooks/deliveries?action=" + actionId, "beheerder", DEMO_PASSWORD))
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getJsonNumber("endpointId").longValue() == endpointId)
        .toList();
  }

  private static long rotterdam(StaffApi api) {
    return StaffApi.array(api.get("regions", "beheerder", DEMO_PASSWORD)).stream()
        .map(JsonValue::asJsonObject)
        .filter(region -> region.getString("name").contains("Rotterdam"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String scenario(String name, int radius, String smsWording) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("kind", "ROBBERY")
        .add("defaultRadiusMetres", radius)
        .add("channels", Json.createArrayBuilder().add("SMS").add("VOICE"))
        .add("smsWording", smsWording)
        .add("voiceWording", "Dit is een oproep voor Burgernet. {signalement} Bel {nummer}.")
        .add("active", true)
        .build()
        .toString();
  }

  private static List<String> names(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    JsonArray scenarios = StaffApi.array(response);
    return scenarios.stream()
        .map(JsonValue::asJsonObject)
        .map(scenario -> scenario.getString("name"))
        .toList();
  }
}

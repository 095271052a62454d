package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import nl.burgernet.action.control.CapSchema;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.localpeers.LocalSmsc;
import nl.burgernet.localpeers.ReceivedSms;
import nl.burgernet.participant.entity.QuietHours;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exercises and tests in Hellevoetsluis (Rotterdam-Rijnmond), through the API as control-room
 * systems use it: an exercise of a missing child reaches the participant in the area with every
 * text marked OEFENING but spares the one in her quiet hours (nobody is in danger); a test reaches
 * nobody. Both are CAP documents with their status, valid against the OASIS schema and named in the
 * feed; neither counts in the MARAP nor gets a public report.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActionStatusIT {

  private static final String HELLEVOETSLUIS = "GM0530";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  // Hellevoetsluis, where no other test puts participants
  private static final GeoPoint INCIDENT = new GeoPoint(51.8260, 4.1330);
  private static final String FREE = "+31655030001";
  private static final String RESTING = "+31655030002";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String OPERATOR = "meldkamer";
  private static final String COMMUNICATIONS = "communicatie";

  private static long actionsBefore;
  private static long exerciseId;
  private static long testId;

  @Deployment
  static WebArchive deployment() {
    // the client-side methods name the local peers' types; the server must resolve them to load
    // this class, though it never calls them
    return ActionFixture.addTo(
            Deployments.burgernet(ActionStatusIT.class, StaffApi.class, MarapDatabase.class))
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "local-peers-types.jar")
                .addPackage(LocalSmsc.class.getPackage()));
  }

  @EJB private ActionFixture fixture;

  @Test
  @Order(1)
  void given_a_participant_in_hellevoetsluis_and_a_neighbour_in_her_quiet_hours() {
    LocalTime now = LocalTime.now(AMSTERDAM);
    fixture.participantAt(FREE, INCIDENT, HELLEVOETSLUIS, null);
    fixture.participantAt(
        RESTING,
        new GeoPoint(INCIDENT.latitude() + 0.001, INCIDENT.longitude()),
        HELLEVOETSLUIS,
        new QuietHours(now.minusHours(2), now.plusHours(2)));
  }

  @Test
  @Order(2)
  @RunAsClient
  void given_the_marap_count_of_rotterdam_rijnmond_before(@ArquillianResource URL base)
      throws Exception {
    actionsBefore = countedActions(new StaffApi(base));
  }

  @Test
  @Order(3)
  @RunAsClient
  void an_exercise_reaches_the_area_with_every_text_marked_but_spares_quiet_hours(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);

    HttpResponse<String> started = start(api, "Vermist kind", "EXERCISE");

    assertThat(started.statusCode()).isEqualTo(201);
    JsonObject exercise = StaffApi.object(started);
    exerciseId = exercise.getJsonNumber("id").longValue();
    assertThat(exercise.getString("status")).isEqualTo("EXERCISE");
    assertThat(exercise.getString("smsText")).startsWith("OEFENING: ");
    assertThat(exercise.getJsonArray("rounds").getJsonObject(0).getInt("recipients"))
        .as("the free participant only: an exercise never overrides quiet hours")
        .isEqualTo(1);
    assertThat(awaitSmsTo(FREE, "OEFENING: ").text()).contains("Status-test: jongen, rode pet.");

    close(api, exerciseId);

    assertThat(awaitSmsTo(FREE, "OEFENING: Burgernet afloopbericht: ").text())
        .contains("De oefening is voorbij.");
    assertThat(smsTo(RESTING)).isEmpty();
  }

  @Test
  @Order(4)
  @RunAsClient
  void a_test_reaches_nobody(@ArquillianResource URL base) throws InterruptedException {
    StaffApi api = new StaffApi(base);

    HttpResponse<String> started = start(api, "Overval", "TEST");

    assertThat(started.statusCode()).isEqualTo(201);
    JsonObject test = StaffApi.object(started);
    testId = test.getJsonNumber("id").longValue();
    assertThat(test.getString("status")).isEqualTo("TEST");
    assertThat(test.getJsonArray("rounds").getJsonObject(0).getInt("recipients")).isZero();
    close(api, testId);
    Thread.sleep(3_000);
    assertThat(smsTo(FREE))
        .as("nothing of the test")
        .noneMatch(sms -> sms.text().startsWith("TEST: "));
  }

  @Test
  @Order(5)
  @RunAsClient
  void their_cap_documents_carry_the_status_and_are_valid_cap(@ArquillianResource URL base)
      throws Exception {
    StaffApi api = new StaffApi(base);

    for (long id : List.of(exerciseId, testId)) {
      String status = id == exerciseId ? "Exercise" : "Test";
      for (int n = 1; n <= 2; n++) {
        HttpResponse<String> document =
            api.get("actions/" + id + "/cap/" + n, OPERATOR, DEMO_PASSWORD, "application/cap+xml");
        assertThat(document.statusCode()).isEqualTo(200);
        CapSchema.validate(document.body());
        assertThat(document.body())
            .as("action " + id + " message " + n)
            .contains("<status>" + status + "</status>")
            .doesNotContain("<status>Actual</status>");
      }
    }
    assertThat(api.get("actions/" + exerciseId + "/cap/1", OPERATOR, DEMO_PASSWORD, "*/*").body())
        .contains("<headline>OEFENING: Burgernetactie: Vermist kind</headline>");

    String feed =
        api.get("cap/feed?max=200", OPERATOR, DEMO_PASSWORD, "application/atom+xml").body();
    assertThat(feed)
        .contains("term=\"Exercise\"")
        .contains("term=\"Test\"")
        .contains("/actions/" + exerciseId + "/cap/2\"");
  }

  @Test
  @Order(6)
  @RunAsClient
  void neither_counts_in_the_marap_nor_gets_a_public_report(@ArquillianResource URL base)
      throws Exception {
    StaffApi api = new StaffApi(base);

    assertThat(countedActions(api)).isEqualTo(actionsBefore);
    for (long id : List.of(exerciseId, testId)) {
      HttpResponse<String> report =
          api.get("actions/" + id + "/report", COMMUNICATIONS, DEMO_PASSWORD);
      assertThat(report.statusCode()).isEqualTo(409);
      assertThat(StaffApi.object(report).getString("detail"))
          .isEqualTo("Een oefening of test krijgt geen openbaar verslag.");
    }
  }

  private static HttpResponse<String> start(StaffApi api, String scenario, String status) {
    JsonObjectBuilder point =
        Json.createObjectBuilder()
            .add("latitude", INCIDENT.latitude())
            .add("longitude", INCIDENT.longitude());
    return api.post(
        "actions",
        Json.createObjectBuilder()
            .add("scenarioId", api.scenarioId(scenario, OPERATOR, DEMO_PASSWORD))
            .add("description", "Status-test: jongen, rode pet.")
            .add("callbackNumber", "0800-6010")
            .add("channels", Json.createArrayBuilder().add("SMS"))
            .add(
                "area",
                Json.createObjectBuilder()
                    .add("kind", "CIRCLE")
                    .add("centre", point)
                    .add("radiusMetres", 500))
            .add("idempotencyKey", "it-action-status-" + status + "-" + System.nanoTime())
            .add("status", status)
            .build()
            .toString(),
        OPERATOR,
        DEMO_PASSWORD);
  }

  private static void close(StaffApi api, long actionId) {
    HttpResponse<String> closed =
        api.post(
            "actions/" + actionId + "/closing",
            Json.createObjectBuilder()
                .add("outcome", "FOUND_OTHERWISE")
                .add("outcomeMessage", "De oefening is voorbij.")
                .build()
                .toString(),
            OPERATOR,
            DEMO_PASSWORD);
    assertThat(closed.statusCode()).isEqualTo(200);
  }

  /** The actions of Rotterdam-Rijnmond this month as the MARAP counts them, counted anew. */
  private static long countedActions(StaffApi api) throws Exception {
    assertThat(api.post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD).statusCode())
        .isEqualTo(200);
    YearMonth month = YearMonth.now(AMSTERDAM);
    return StaffApi.object(
            api.get(
                "marap/actions?region="
                    + MarapDatabase.regionOf(HELLEVOETSLUIS)
                    + "&from="
                    + month
                    + "&to="
                    + month,
                "beheerder",
                DEMO_PASSWORD))
        .getJsonObject("total")
        .getJsonNumber("actions")
        .longValue();
  }

  private static ReceivedSms awaitSmsTo(String number, String start) {
    return LocalPeersForTests.peers()
        .smsc()
        .awaitMessage(
            sms -> sms.e164Destination().equals(number) && sms.text().startsWith(start), WAIT)
        .orElseThrow(() -> new AssertionError("no SMS to " + number + " within " + WAIT));
  }

  private static List<ReceivedSms> smsTo(String number) {
    return LocalPeersForTests.peers().smsc().received().stream()
        .filter(sms -> sms.e164Destination().equals(number))
        .toList();
  }
}

package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.security.entity.StaffRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public report of an action in Deventer, from the participant's wish to the public page: one
 * participant asks for reports on Mijn Burgernet, a neighbour does not; IJsselland's control room
 * runs and closes an action in their postcode; a third neighbour registers after the action and
 * asks for reports too; IJsselland's police communications officer writes the report (a phone
 * number is refused) and publishes it; only the participant the action reached who asked gets it by
 * mail, once; the report is public as JSON, in the Atom feed and on its own page (WCAG 2.1 AA by
 * axe), without a login, and neither other units' officers nor the regional bureau can touch it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActionReportIT {

  private static final String OPERATOR = "meldkamer.ijsselland";
  private static final String COMMUNICATIONS = "communicatie.ijsselland";
  private static final String PASSWORD = "Verslag-test-2026";
  private static final String POSTCODE = "7419 AA";
  private static final String TITLE = "Vermist kind in Deventer teruggevonden";
  private static final String BODY =
      "De politie zocht met Burgernet in Deventer-Oost naar een vermist kind. Dankzij een tip van"
          + " een deelnemer is het kind kort daarna gevonden. Dank voor het uitkijken!";
  private static final String REPORT_SUBJECT = "Burgernet actieverslag: " + TITLE;
  private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
  private static final Pattern SELF_SERVICE_LINK =
      Pattern.compile("mijn-gegevens\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  private static String wanting;
  private static String notWanting;
  private static String lateComer;
  private static long actionId;
  private static long reportId;

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(ActionReportIT.class, ActionReportFixture.class, StaffApi.class);
  }

  @Inject private ActionReportFixture fixture;

  @Test
  @Order(1)
  void given_the_control_room_and_the_police_communications_officer_of_ijsselland() {
    fixture.regionalAccount(OPERATOR, PASSWORD, StaffRole.CONTROL_ROOM_OPERATOR, "IJSSELLAND");
    fixture.regionalAccount(
        COMMUNICATIONS, PASSWORD, StaffRole.COMMUNICATIONS_OFFICER, "IJSSELLAND");
  }

  @Test
  @Order(2)
  @RunAsClient
  void a_participant_asks_on_mijn_burgernet_for_the_reports_and_a_neighbour_does_not(
      @ArquillianResource URL base) {
    wanting = SelfServiceBrowserIT.Fixture.activeParticipant(base, "Vera Verslag", POSTCODE);
    notWanting = SelfServiceBrowserIT.Fixture.activeParticipant(base, "Niels Niet", POSTCODE);

    askForReports(base, wanting);

    assertThat(wantsReports(wanting)).isEqualTo("ja");
    assertThat(wantsReports(notWanting)).isEqualTo("nee");
  }

  @Test
  @Order(3)
  @RunAsClient
  void the_control_room_runs_and_closes_an_action_in_their_postcode(@ArquillianResource URL base) {
    // a missing child reaches everyone, also in quiet hours (the registrations keep 23:00-07:00)
    StaffApi api = new StaffApi(base);
    HttpResponse<String> started =
        api.post(
            "actions",
            Json.createObjectBuilder()
                .add("scenarioId", api.scenarioId("Vermist kind", OPERATOR, PASSWORD))
                .add("description", "Verslag-test: man, groene jas, witte scooter.")
                .add("callbackNumber", "0800-6009")
                .add("channels", Json.createArrayBuilder().add("SMS"))
                .add(
                    "area",
                    Json.createObjectBuilder()
                        .add("kind", "POSTCODES")
                        .add("postcodes", Json.createArrayBuilder().add(POSTCODE)))
                .add("idempotencyKey", "it-action-report-" + System.nanoTime())
                .build()
                .toString(),
            OPERATOR,
            PASSWORD);
    assertThat(started.statusCode()).isEqualTo(201);
    actionId = StaffApi.object(started).getJsonNumber("id").longValue();

    HttpResponse<String> tooEarly =
        api.get("actions/" + actionId + "/report", COMMUNICATIONS, PASSWORD);
    assertThat(tooEarly.statusCode()).as("no report of a running action").isEqualTo(409);

    HttpResponse<String> closed =
        api.post(
            "actions/" + actionId + "/closing",
            Json.createObjectBuilder()
                .add("outcome", "FOUND_THANKS_TO_PARTICIPANT")
                .add("outcomeMessage", "De man is aangehouden. Dank voor het uitkijken.")
                .build()
                .toString(),
            OPERATOR,
            PASSWORD);
    assertThat(closed.statusCode()).isEqualTo(200);
  }

  @Test
  @Order(4)
  @RunAsClient
  void a_neighbour_who_registers_after_the_action_asks_for_reports_too(
      @ArquillianResource URL base) {
    lateComer = SelfServiceBrowserIT.Fixture.activeParticipant(base, "Lotte Laat", POSTCODE);

    askForReports(base, lateComer);

    assertThat(wantsReports(lateComer)).isEqualTo("ja");
  }

  @Test
  @Order(5)
  @RunAsClient
  void the_officer_writes_and_publishes_the_report_mailed_once_to_who_was_reached_and_asked(
      @ArquillianResource URL base) throws InterruptedException {
    StaffApi api = new StaffApi(base);
    HttpResponse<String> withNumber =
        api.put(
            "actions/" + actionId + "/report",
            report(TITLE, BODY + " Getuigen kunnen bellen met 06-12345678."),
            COMMUNICATIONS,
            PASSWORD);
    assertThat(withNumber.statusCode()).isEqualTo(400);
    assertThat(StaffApi.object(withNumber).getString("detail"))
        .isEqualTo("Een openbaar verslag mag geen telefoonnummer bevatten.");

    HttpResponse<String> written =
        api.put("actions/" + actionId + "/report", report(TITLE, BODY), COMMUNICATIONS, PASSWORD);
    assertThat(written.statusCode()).isEqualTo(200);
    reportId = StaffApi.object(written).getJsonNumber("reportId").longValue();
    assertThat(api.get("action-reports/" + reportId, null, null).statusCode())
        .as("a draft is not public")
        .isEqualTo(404);

    HttpResponse<String> published =
        api.post("actions/" + actionId + "/report/publication", "", COMMUNICATIONS, PASSWORD);

    assertThat(published.statusCode()).isEqualTo(200);
    assertThat(StaffApi.object(published).getJsonNumber("mailRequestId")).isNotNull();
    MimeMessage mail = SelfServiceBrowserIT.Fixture.awaitMail(wanting, REPORT_SUBJECT, MAIL_WAIT);
    assertThat(MailBox.textOf(mail))
        .contains("Beste Vera Verslag", BODY, "actieverslag.xhtml?id=" + reportId)
        .doesNotContain("groene jas");
    assertThat(
            api.post("actions/" + actionId + "/report/publication", "", COMMUNICATIONS, PASSWORD))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    Thread.sleep(3_000);
    assertThat(SelfServiceBrowserIT.Fixture.mailsTo(wanting, REPORT_SUBJECT))
        .as("mailed once, also when published again")
        .hasSize(1);
    assertThat(SelfServiceBrowserIT.Fixture.mailsTo(notWanting, REPORT_SUBJECT)).isEmpty();
    assertThat(SelfServiceBrowserIT.Fixture.mailsTo(lateComer, REPORT_SUBJECT))
        .as("in the area and asking, but not reached by the action")
        .isEmpty();
    assertThat(AuditDatabase.actions(COMMUNICATIONS))
        .contains("CREATE ActionReport", "UPDATE ActionReport");
  }

  @Test
  @Order(6)
  @RunAsClient
  void the_report_is_public_as_json_and_in_the_feed_and_other_units_cannot_touch_it(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);

    HttpResponse<String> single = api.get("action-reports/" + reportId, null, null);
    HttpResponse<String> feed = api.get("action-reports/feed", null, null, "application/atom+xml");

    assertThat(single.statusCode()).isEqualTo(200);
    JsonObject report = StaffApi.object(single);
    assertThat(report.getString("title")).isEqualTo(TITLE);
    assertThat(report.getString("regionName")).isEqualTo("IJsselland");
    assertThat(report.getString("outcome")).isEqualTo("FOUND_THANKS_TO_PARTICIPANT");
    assertThat(single.body()).doesNotContain("groene jas").doesNotContain("0800-6009");
    List<String> listed =
        StaffApi.array(api.get("action-reports?region=" + report.getInt("regionId"), null, null))
            .stream()
            .map(JsonValue::asJsonObject)
            .map(entry -> entry.getString("title"))
            .toList();
    assertThat(listed).contains(TITLE);
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
    assertThat(feed.body())
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        .contains("<title>" + TITLE + "</title>")
        .contains("actieverslag.xhtml?id=" + reportId + "\"");
    assertThat(
            api.get("actions/" + actionId + "/report", "communicatie", DEMO_PASSWORD).statusCode())
        .as("Rotterdam-Rijnmond's communications officer does not see IJsselland's actions")
        .isEqualTo(404);
    assertThat(
            api.put("actions/" + actionId + "/report", report("X", "Y"), "helpdesk", DEMO_PASSWORD)
                .statusCode())
        .as("the regional bureau no longer writes reports")
        .isEqualTo(403);
    assertThat(
            api.put("actions/" + actionId + "/report", report("X", "Y"), "meldkamer", DEMO_PASSWORD)
                .statusCode())
        .as("writing reports is the communications officer's")
        .isEqualTo(403);
  }

  @Test
  @Order(7)
  @RunAsClient
  void the_public_pages_list_the_report_per_unit_and_show_it_accessibly(
      @ArquillianResource URL base) throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("actieverslagen.xhtml");
      browser.awaitText("IJsselland");
      assertThat(browser.accessibilityViolationDetails()).isEmpty();

      browser.followLink(TITLE);

      assertThat(browser.currentPath()).startsWith("/actieverslag.xhtml");
      assertThat(browser.textOf("report-title")).isEqualTo(TITLE);
      assertThat(browser.textOf("report-body")).isEqualTo(BODY);
      assertThat(browser.textOf("report-facts")).contains("IJsselland", "Vermist kind");
      assertThat(browser.accessibilityViolationDetails()).isEmpty();
      browser.saveScreenshot("ActionReportIT-actieverslag");
    }
    try (Browser desk = new Browser(base)) {
      desk.logIn(COMMUNICATIONS, PASSWORD);
      desk.click("menu-actieverslagen");
      assertThat(desk.textOf("report-desk-form:actions")).contains("Gepubliceerd: " + TITLE);
      assertThat(desk.accessibilityViolationDetails()).isEmpty();
    }
    HttpResponse<String> unknown =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "actieverslag.xhtml?id=987654321"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  /** The participant ticks "Mail mij het verslag" on Mijn Burgernet, reached by a link by mail. */
  private static void askForReports(URL base, String email) {
    try (Browser browser = new Browser(base)) {
      browser.open("mijn-burgernet.xhtml");
      browser.type("link-request-form:email", email);
      browser.submit("link-request-form:send");
      MimeMessage link =
          SelfServiceBrowserIT.Fixture.awaitMail(
              email, SelfServiceBrowserIT.LINK_SUBJECT, MAIL_WAIT);
      Matcher token = SELF_SERVICE_LINK.matcher(MailBox.textOf(link));
      assertThat(token.find()).as("self-service link").isTrue();
      browser.open("mijn-gegevens.xhtml?token=" + token.group(1));
      browser.submit("open-form:open");
      browser.click("reports-form:action-reports");
      browser.submit("reports-form:save-reports");
      browser.awaitText("U ontvangt voortaan de actieverslagen per e-mail.");
      browser.saveScreenshot("ActionReportIT-mijn-gegevens");
    }
  }

  private static String wantsReports(String email) {
    return SelfServiceBrowserIT.Fixture.value(
        email, "CASE WHEN wants_action_reports THEN 'ja' ELSE 'nee' END");
  }

  private static String report(String title, String body) {
    return Json.createObjectBuilder().add("title", title).add("body", body).build().toString();
  }
}

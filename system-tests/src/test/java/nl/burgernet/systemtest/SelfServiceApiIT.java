package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.burgernet.systemtest.SelfServiceBrowserIT.Fixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A participant of Deventer serves themselves through the API, as the app does: asks for a magic
 * link, spends it for a session, reads the own data, changes channels, quiet hours and the
 * action-report choice (stored at once), asks for an address change (waiting for approval),
 * downloads everything kept and ends the session. Bad input gets a Dutch problem response.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfServiceApiIT {

  private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @ArquillianResource private URL base;

  @Test
  void the_app_reads_and_changes_the_own_data_with_a_session_from_the_mailed_link()
      throws Exception {
    BearerApi api = new BearerApi(base);
    String email = Fixture.activeParticipant(base, "Bram Appel", "7411 AA");
    String session = sessionOf(api, email);

    HttpResponse<String> own = api.get("self-service/own-data", session);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    JsonObject data = RegistrationApiIT.object(own.body());
    assertThat(data.getString("name")).isEqualTo("Bram Appel");
    assertThat(data.getString("email")).isEqualTo(email);
    assertThat(data.getJsonObject("home").getString("postcode")).isEqualTo("7411 AA");
    assertThat(data.getBoolean("actionReports")).as("reports come only to who asks").isFalse();

    HttpResponse<String> changed =
        api.put(
            "self-service/own-data/preferences",
            session,
            "{\"channels\":[\"app\",\"EMAIL\"],\"quietFrom\":\"22:00\",\"quietUntil\":\"06:30\"}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(Fixture.channels(email)).containsExactlyInAnyOrder("APP", "EMAIL");
    assertThat(Fixture.value(email, "quiet_from")).startsWith("22:00");

    HttpResponse<String> reports =
        api.put("self-service/own-data/action-reports", session, "{\"wanted\":true}");
    assertThat(reports.statusCode()).isEqualTo(200);
    assertThat(RegistrationApiIT.object(reports.body()).getBoolean("actionReports")).isTrue();
    assertThat(Fixture.value(email, "wants_action_reports")).isIn("1", "true");

    HttpResponse<String> moving =
        api.post(
            "self-service/own-data/address-changes",
            session,
            "{\"home\":{\"postcode\":\"7412 AA\",\"houseNumber\":5,\"street\":\"Nieuwstraat\","
                + "\"place\":\"Deventer\"}}");
    assertThat(moving.statusCode()).as(moving.body()).isEqualTo(202);
    assertThat(
            RegistrationApiIT.object(moving.body())
                .getJsonObject("pendingAddressChange")
                .getJsonObject("home")
                .getString("postcode"))
        .isEqualTo("7412 AA");
    assertThat(Fixture.value(email, "home_postcode"))
        .as("the address changes only once the municipality approves")
        .isEqualTo("7411 AA");

    HttpResponse<String> export = api.get("self-service/own-data/export", session);
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
    assertThat(export.body()).contains("Bram Appel", "7412 AA");

    assertThat(api.delete("self-service/sessions/current", session).statusCode()).isEqualTo(204);
    HttpResponse<String> after = api.get("self-service/own-data", session);
    assertThat(after.statusCode()).isEqualTo(400);
    assertThat(RegistrationApiIT.object(after.body()).getString("detail"))
        .contains("Uw gegevens zijn gesloten");
  }

  @Test
  void bad_choices_and_a_missing_session_get_a_dutch_problem_and_change_nothing() throws Exception {
    BearerApi api = new BearerApi(base);
    String email = Fixture.activeParticipant(base, "Carla Keuze", "7411 AA");
    String session = sessionOf(api, email);

    assertDutchProblem(
        api.put("self-service/own-data/preferences", session, "{\"channels\":[\"fax\"]}"),
        "Kies als kanaal APP, SMS, VOICE of EMAIL.");
    assertDutchProblem(
        api.put(
            "self-service/own-data/preferences",
            session,
            "{\"channels\":[\"EMAIL\"],\"quietFrom\":\"laat\",\"quietUntil\":\"06:30\"}"),
        "rustige uren");
    assertDutchProblem(
        api.put("self-service/own-data/action-reports", session, "{}"), "verslagen van acties");
    assertDutchProblem(
        api.post(
            "self-service/own-data/address-changes",
            session,
            "{\"home\":{\"postcode\":\"ABCD\",\"houseNumber\":5}}"),
        "Dit is geen geldige postcode.");
    assertThat(Fixture.channels(email)).containsExactlyInAnyOrder("SMS", "EMAIL");

    assertDutchProblem(api.get("self-service/own-data", null), "Vraag een nieuwe link aan");
    assertDutchProblem(
        api.get("self-service/own-data", "z".repeat(43)), "Vraag een nieuwe link aan");
    assertDutchProblem(
        api.post("self-service/links", null, "{\"email\":\"geen-adres\"}"),
        "Dit is geen geldig e-mailadres");
  }

  /** Asks for the link over the API, takes it from the mail and spends it for a session token. */
  private static String sessionOf(BearerApi api, String email) throws Exception {
    HttpResponse<String> asked =
        api.post(
            "self-service/links",
            null,
            Json.createObjectBuilder().add("email", email).build().toString());
    assertThat(asked.statusCode()).isEqualTo(202);
    String link =
        SelfServiceBrowserIT.linkToken(
            Fixture.awaitMail(email, SelfServiceBrowserIT.LINK_SUBJECT, MAIL_WAIT));
    HttpResponse<String> opened =
        api.post(
            "self-service/sessions",
            null,
            Json.createObjectBuilder().add("link", link).build().toString());
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return RegistrationApiIT.object(opened.body()).getString("token");
  }

  private static void assertDutchProblem(HttpResponse<String> response, String saying) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(RegistrationApiIT.object(response.body()).getString("detail")).contains(saying);
  }
}

package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The app registers a participant over the public REST API: the double opt-in mail arrives at the
 * real SMTP server, and its link makes the participant active; duplicates, unknown addresses and
 * bad input are routed or refused as the rules say.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationApiIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final Pattern LINK =
      Pattern.compile("bevestigen\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @ArquillianResource private URL base;

  @Test
  void a_registration_is_confirmed_by_the_link_in_the_mail() {
    String email = uniqueEmail();
    HttpResponse<String> created = post(registration(email, uniqueMobile(), "7411 AA").build());

    assertThat(created.statusCode()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/api/v1/registrations/");
    assertThat(object(created.body()).getString("status")).isEqualTo("AWAITING_CONFIRMATION");

    MimeMessage mail = MailBox.awaitMessageTo(email, Duration.ofSeconds(30));
    assertThat(MailBox.subjectOf(mail)).isEqualTo("Bevestig uw aanmelding bij Burgernet");
    Matcher link = LINK.matcher(MailBox.textOf(mail));
    assertThat(link.find()).as("confirmation link in the mail").isTrue();

    try (Browser browser = new Browser(base)) {
      browser.open("bevestigen.xhtml?token=" + link.group(1));
      assertThat(status(location))
          .as("opening the link alone changes nothing")
          .isEqualTo("AWAITING_CONFIRMATION");
      browser.submit("confirmation-form:confirm");
      assertThat(browser.has("confirmation-done")).isTrue();

      browser.open("bevestigen.xhtml?token=" + link.group(1));
      browser.submit("confirmation-form:confirm");
      assertThat(browser.text()).contains("Deze bevestigingslink is al gebruikt");
    }
    assertThat(status(location)).isEqualTo("ACTIVE");
  }

  @Test
  void the_same_mobile_number_as_an_existing_participant_goes_to_quarantine() {
    String mobile = uniqueMobile();
    assertThat(
            object(post(registration(uniqueEmail(), mobile, "3011 AB").build()).body())
                .getString("status"))
        .isEqualTo("AWAITING_CONFIRMATION");

    HttpResponse<String> second =
        post(registration(uniqueEmail(), mobile.replace("+31", "0"), "3012 AA").build());

    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(object(second.body()).getString("status")).isEqualTo("QUARANTINE");
  }

  @Test
  void an_address_the_geocoder_does_not_know_goes_to_verification() {
    HttpResponse<String> response =
        post(registration(uniqueEmail(), uniqueMobile(), "9999 ZZ").build());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(object(response.body()).getString("status")).isEqualTo("VERIFICATION");
  }

  @Test
  void bad_input_gets_a_problem_with_a_dutch_message_per_field() {
    JsonObject bad =
        registration("geen-adres", "12345", "0000 XX")
            .add("name", "<script>alert(1)</script>")
            .add("consent", false)
            .build();

    HttpResponse<String> response = post(bad);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonObject problem = object(response.body());
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .contains("name", "email", "mobile", "home.postcode", "consent");
    assertThat(response.body())
        .contains("Dit is geen geldig mobiel nummer")
        .contains("Dit is geen geldige postcode")
        .doesNotContain("<script>");
  }

  @Test
  void someone_younger_than_16_is_refused_in_dutch() {
    HttpResponse<String> response =
        post(
            registration(uniqueEmail(), uniqueMobile(), "3011 AB")
                .add("yearOfBirth", 2024)
                .build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(object(response.body()).getString("detail"))
        .isEqualTo("U kunt deelnemen vanaf het jaar waarin u 16 wordt.");
  }

  @Test
  void the_status_of_an_unknown_reference_is_not_found() {
    HttpResponse<String> response = get(base + "api/v1/registrations/" + UUID.randomUUID());

    assertThat(response.statusCode()).isEqualTo(404);
  }

  static JsonObjectBuilder registration(String email, String mobile, String postcode) {
    return Json.createObjectBuilder()
        .add("name", "Jan de Vries")
        .add("email", email)
        .add("mobile", mobile)
        .add(
            "home",
            Json.createObjectBuilder()
                .add("postcode", postcode)
                .add("houseNumber", 12)
                .add("street", "Brink")
                .add("place", "Deventer"))
        .add("channels", Json.createArrayBuilder().add("SMS").add("EMAIL"))
        .add("quietFrom", "23:00")
        .add("quietUntil", "07:00")
        .add("yearOfBirth", 1975)
        .add("consent", true);
  }

  static String uniqueEmail() {
    return "deelnemer-" + UUID.randomUUID() + "@burgernet.test";
  }

  /** A valid Dutch mobile number no other test uses, in E.164. */
  static String uniqueMobile() {
    return "+3161" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
  }

  private String status(String location) {
    return object(get(location).body()).getString("status");
  }

  private HttpResponse<String> post(JsonObject body) {
    return post(base, body);
  }

  static HttpResponse<String> post(URL base, JsonObject body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/registrations"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .timeout(Duration.ofSeconds(30))
            .build());
  }

  private static HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonObject object(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}

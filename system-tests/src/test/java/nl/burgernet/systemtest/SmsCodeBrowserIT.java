package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.localpeers.ReceivedSms;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A citizen without e-mail address registers with a mobile number, receives a code by SMS at the
 * local SMS centre and confirms with it on the confirmation page or in the app; wrong codes are
 * counted.
 */
class SmsCodeBrowserIT extends BrowserTest {

  private static final Pattern CODE = Pattern.compile("Burgernet-code is ([0-9]{6})");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void a_citizen_without_e_mail_confirms_with_the_code_from_the_sms() {
    String mobile = RegistrationApiIT.uniqueMobile();
    registerWithoutEmail(mobile);
    assertThat(browser.text()).contains("We hebben u een sms gestuurd");
    browser.submit("enter-code");

    String code = codeSentTo(mobile);
    String wrong = code.equals("000000") ? "111111" : "000000";
    browser.type("code-form:code", wrong);
    browser.submit("code-form:confirm-code");
    assertThat(browser.element("code-form:code-message").getText())
        .contains("Deze code klopt niet. U kunt het nog 4 keer proberen.");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    browser.type("code-form:code", code.substring(0, 3) + " " + code.substring(3));
    browser.submit("code-form:confirm-code");

    assertThat(browser.has("confirmation-done")).isTrue();
    assertThat(browser.text()).contains("U bent nu deelnemer van Burgernet");
  }

  @Test
  void after_five_wrong_codes_a_relation_manager_takes_over() {
    String mobile = RegistrationApiIT.uniqueMobile();
    registerWithoutEmail(mobile);
    browser.submit("enter-code");
    String wrong = codeSentTo(mobile).equals("000000") ? "111111" : "000000";

    for (int i = 0; i < 5; i++) {
      browser.type("code-form:code", wrong);
      browser.submit("code-form:confirm-code");
    }

    assertThat(browser.has("code-spent")).isTrue();
    assertThat(browser.has("code-form")).isFalse();
  }

  @Test
  void the_app_confirms_with_the_code_over_the_api() {
    String mobile = RegistrationApiIT.uniqueMobile();
    JsonObjectBuilder registration = RegistrationApiIT.registration("", mobile, "7411 AA");
    registration.remove("email");
    registration.add("channels", Json.createArrayBuilder().add("SMS"));
    HttpResponse<String> created = RegistrationApiIT.post(base, registration.build());
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject receipt = RegistrationApiIT.object(created.body());
    assertThat(receipt.getString("status")).isEqualTo("AWAITING_CONFIRMATION");
    String reference = receipt.getString("reference");
    String code = codeSentTo(mobile);

    JsonObject wrong = confirm(reference, code.equals("000000") ? "111111" : "000000");
    JsonObject right = confirm(reference, code);

    assertThat(wrong.getBoolean("accepted")).isFalse();
    assertThat(wrong.getInt("triesLeft")).isEqualTo(4);
    assertThat(right.getBoolean("accepted")).isTrue();
    assertThat(right.getString("status")).isEqualTo("ACTIVE");
  }

  private JsonObject confirm(String reference, String code) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(base + "api/v1/registrations/" + reference + "/confirmation"))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              Json.createObjectBuilder().add("code", code).build().toString()))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      return RegistrationApiIT.object(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void registerWithoutEmail(String mobile) {
    browser.open("aanmelden.xhtml");
    browser.type("registration-form:name", "Henk Zonder Mail");
    browser.type("registration-form:mobile", mobile.replace("+31", "0"));
    browser.type("registration-form:year-of-birth", "1950");
    browser.type("registration-form:home-postcode", "7411 AA");
    browser.type("registration-form:home-house-number", "3");
    browser.type("registration-form:home-street", "Brink");
    browser.type("registration-form:home-place", "Deventer");
    browser.check("Per sms");
    browser.check("Ik geef toestemming om mijn gegevens te gebruiken voor Burgernet.");
    browser.submit("registration-form:register");
  }

  private static String codeSentTo(String mobile) {
    ReceivedSms sms =
        LocalPeersForTests.peers()
            .smsc()
            .awaitMessage(
                received -> received.e164Destination().equals(mobile), Duration.ofSeconds(60))
            .orElseThrow(() -> new AssertionError("no SMS to " + mobile));
    Matcher code = CODE.matcher(sms.text());
    assertThat(code.find()).as("a code in: " + sms.text()).isTrue();
    return code.group(1);
  }
}

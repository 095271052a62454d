package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The relation manager of Deventer works the queues in the portal: a possible duplicate is approved
 * and its applicant asked to confirm; an unlocatable registration is rejected with a reason the
 * applicant receives.
 */
class WorkListBrowserIT extends BrowserTest {

  private static final String LOCATED_DEVENTER_POSTCODE = "7411 AA";
  private static final String UNKNOWN_DEVENTER_POSTCODE = "7411 ZZ";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void a_possible_duplicate_is_approved_and_the_applicant_asked_to_confirm() {
    String mobile = RegistrationApiIT.uniqueMobile();
    register(
        "Eerste " + shortId(), RegistrationApiIT.uniqueEmail(), mobile, LOCATED_DEVENTER_POSTCODE);
    String name = "Tweede " + shortId();
    String email = RegistrationApiIT.uniqueEmail();
    register(name, email, mobile, LOCATED_DEVENTER_POSTCODE);

    browser.logIn("relatiebeheer");
    browser.click("menu-werkbakken");
    browser.clickInRow("worklists-form:quarantine", name, ":approve");

    browser.awaitText("De aanmelding van " + name + " is goedgekeurd");
    MimeMessage confirmation = MailBox.awaitMessageTo(email, Duration.ofSeconds(60));
    assertThat(MailBox.textOf(confirmation)).contains("bevestigen.xhtml?token=");
  }

  @Test
  void an_address_that_cannot_be_found_is_rejected_with_a_reason_the_applicant_receives() {
    String name = "Onvindbaar " + shortId();
    String email = RegistrationApiIT.uniqueEmail();
    register(name, email, RegistrationApiIT.uniqueMobile(), UNKNOWN_DEVENTER_POSTCODE);

    browser.logIn("relatiebeheer");
    browser.click("menu-werkbakken");
    browser.clickInRow("worklists-form:verification", name, ":reject");
    browser.type("reject-dialog-form:reason", "Uw postcode bestaat niet; meld u opnieuw aan.");
    browser.click("reject-dialog-form:confirm-reject");

    browser.awaitText("De aanmelding van " + name + " is afgewezen");
    MimeMessage rejection = MailBox.awaitMessageTo(email, Duration.ofSeconds(60));
    assertThat(MailBox.textOf(rejection)).contains("Uw postcode bestaat niet");
  }

  @Test
  void the_work_lists_meet_wcag_2_1_aa() {
    browser.logIn("relatiebeheer");
    browser.click("menu-werkbakken");

    assertThat(browser.accessibilityViolationDetails()).isEmpty();
  }

  private void register(String name, String email, String mobile, String postcode) {
    JsonObject registration =
        RegistrationApiIT.registration(email, mobile, postcode).add("name", name).build();
    assertThat(RegistrationApiIT.post(base, registration).statusCode()).isEqualTo(201);
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

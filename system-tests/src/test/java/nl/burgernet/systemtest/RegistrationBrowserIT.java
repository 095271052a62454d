package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** A citizen registers on the public page in Chromium, without an account. */
class RegistrationBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void the_registration_page_meets_wcag_2_1_aa_and_needs_no_login() {
    browser.open("aanmelden.xhtml");

    assertThat(browser.currentPath()).startsWith("/aanmelden.xhtml");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
  }

  @Test
  void a_citizen_registers_and_gets_the_confirmation_mail() {
    String email = "browser-" + UUID.randomUUID() + "@burgernet.test";
    browser.open("aanmelden.xhtml");
    browser.type("registration-form:name", "Fatima el Amrani");
    browser.type("registration-form:email", email);
    browser.type("registration-form:mobile", RegistrationApiIT.uniqueMobile().replace("+31", "0"));
    browser.type("registration-form:year-of-birth", "1990");
    browser.type("registration-form:home-postcode", "3511aa");
    browser.type("registration-form:home-house-number", "7");
    browser.type("registration-form:home-street", "Oudegracht");
    browser.type("registration-form:home-place", "Utrecht");
    browser.check("Per e-mail");
    browser.check("Per sms");
    browser.check("Ik geef toestemming om mijn gegevens te gebruiken voor Burgernet.");
    browser.submit("registration-form:register");

    assertThat(browser.has("registration-outcome")).isTrue();
    assertThat(browser.text()).contains("We hebben u een e-mail gestuurd");
    assertThat(MailBox.subjectOf(MailBox.awaitMessageTo(email, Duration.ofSeconds(30))))
        .isEqualTo("Bevestig uw aanmelding bij Burgernet");
  }

  @Test
  void errors_are_shown_at_their_fields_in_dutch() {
    browser.open("aanmelden.xhtml");
    browser.type("registration-form:name", "<script>alert(1)</script>");
    browser.type("registration-form:mobile", "12345");
    browser.type("registration-form:year-of-birth", "1990");
    browser.type("registration-form:home-postcode", "0000 XX");
    browser.type("registration-form:home-house-number", "7");
    browser.type("registration-form:home-street", "Oudegracht");
    browser.type("registration-form:home-place", "Utrecht");
    browser.check("Per sms");
    browser.check("Ik geef toestemming om mijn gegevens te gebruiken voor Burgernet.");
    browser.submit("registration-form:register");

    assertThat(browser.has("registration-outcome")).isFalse();
    assertThat(browser.element("registration-form:mobile-message").getText())
        .contains("Dit is geen geldig mobiel nummer");
    assertThat(browser.element("registration-form:home-postcode-message").getText())
        .contains("Dit is geen geldige postcode");
    assertThat(browser.element("registration-form:name-message").getText())
        .contains("Gebruik alleen letters");
  }
}

package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every mail carries a one-click unsubscribe link: the participant leaves with one button, may say
 * why (stored for the reports) and gets a confirmation mail; the link then says they already left.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnsubscribeBrowserIT {

  private static final Pattern UNSUBSCRIBE_LINK =
      Pattern.compile("afmelden\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @ArquillianResource private URL base;

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    browser.saveScreenshot(getClass().getSimpleName() + "-" + test.getDisplayName());
    browser.close();
  }

  @Test
  void one_click_from_a_mail_unsubscribes_with_a_reason_and_a_confirmation_mail() {
    String email = SelfServiceBrowserIT.Fixture.activeParticipant(base, "Ria Vertrek", "7419 AA");
    String token = unsubscribeToken(MailBox.textOf(MailBox.awaitMessageTo(email, MAIL_WAIT)));

    browser.open("afmelden.xhtml?token=" + token);
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
    assertThat(SelfServiceBrowserIT.Fixture.value(email, "status"))
        .as("opening the link alone changes nothing")
        .isEqualTo("ACTIVE");
    browser.check("Ik ben verhuisd");
    browser.type("unsubscribe-form:remark", "Verhuisd naar Zwolle.");
    browser.submit("unsubscribe-form:unsubscribe");

    assertThat(browser.element("unsubscribe-done").getText()).contains("U bent afgemeld");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
    assertThat(SelfServiceBrowserIT.Fixture.value(email, "status")).isEqualTo("UNSUBSCRIBED");
    assertThat(
            SelfServiceBrowserIT.Fixture.query(
                "SELECT CONCAT(u.reason, ' ', u.remark) FROM participant_unsubscription u"
                    + " JOIN participant p ON p.id = u.participant_id WHERE p.email = ?",
                email))
        .containsExactly("MOVED Verhuisd naar Zwolle.");
    assertThat(
            MailBox.textOf(
                SelfServiceBrowserIT.Fixture.awaitMail(
                    email, "U bent afgemeld bij Burgernet", MAIL_WAIT)))
        .contains("U bent afgemeld als deelnemer van Burgernet");

    browser.open("afmelden.xhtml?token=" + token);
    assertThat(browser.element("unsubscribe-gone").getText()).contains("U bent al afgemeld");
    assertThat(browser.has("unsubscribe-form:unsubscribe")).isFalse();
  }

  @Test
  void a_registration_awaiting_confirmation_can_leave_without_giving_a_reason() {
    String email = RegistrationApiIT.uniqueEmail();
    JsonObject registration =
        RegistrationApiIT.registration(email, RegistrationApiIT.uniqueMobile(), "7421 AA").build();
    assertThat(RegistrationApiIT.post(base, registration).statusCode()).isEqualTo(201);
    String confirmationMail = MailBox.textOf(MailBox.awaitMessageTo(email, MAIL_WAIT));

    browser.open("afmelden.xhtml?token=" + unsubscribeToken(confirmationMail));
    browser.submit("unsubscribe-form:unsubscribe");

    assertThat(browser.has("unsubscribe-done")).isTrue();
    assertThat(SelfServiceBrowserIT.Fixture.value(email, "status")).isEqualTo("UNSUBSCRIBED");
    assertThat(
            SelfServiceBrowserIT.Fixture.query(
                "SELECT COALESCE(u.reason, 'geen') FROM participant_unsubscription u"
                    + " JOIN participant p ON p.id = u.participant_id WHERE p.email = ?",
                email))
        .containsExactly("geen");
  }

  @Test
  void a_link_that_does_not_exist_gets_a_dutch_message_and_no_button() {
    browser.open("afmelden.xhtml?token=" + "x".repeat(43));

    assertThat(browser.element("unsubscribe-invalid").getText())
        .contains("Deze afmeldlink is niet geldig.");
    assertThat(browser.has("unsubscribe-form:unsubscribe")).isFalse();
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
  }

  private static String unsubscribeToken(String mailText) {
    Matcher link = UNSUBSCRIBE_LINK.matcher(mailText);
    assertThat(link.find()).as("unsubscribe link in the mail").isTrue();
    return link.group(1);
  }
}

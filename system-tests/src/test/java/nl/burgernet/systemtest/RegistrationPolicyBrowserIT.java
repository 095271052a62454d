package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each region's registration policy: a burst from one app installation goes to quarantine, a region
 * that approves by hand keeps a confirmed registration for the relation manager, and the manager
 * Burgernet sets the policy in the portal. Every test leaves the regions as it found them.
 */
class RegistrationPolicyBrowserIT extends BrowserTest {

  private static final String DEVENTER = "7411 AA";

  private static final String IJSSELLAND = "(SELECT id FROM region WHERE code = 'IJSSELLAND')";

  private static final Pattern LINK =
      Pattern.compile("bevestigen\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @AfterEach
  void standardPolicies() throws SQLException {
    AuditDatabase.execute("DELETE FROM registration_policy");
  }

  @Test
  void more_registrations_from_one_app_installation_than_allowed_go_to_quarantine()
      throws SQLException {
    policy(IJSSELLAND, true, 2);
    String installation = "installatie-" + UUID.randomUUID();

    assertThat(statusOfRegistrationFrom(installation)).isEqualTo("AWAITING_CONFIRMATION");
    assertThat(statusOfRegistrationFrom(installation)).isEqualTo("AWAITING_CONFIRMATION");
    assertThat(statusOfRegistrationFrom(installation)).isEqualTo("QUARANTINE");
    assertThat(statusOfRegistrationFrom("installatie-" + UUID.randomUUID()))
        .as("another installation is another source")
        .isEqualTo("AWAITING_CONFIRMATION");
  }

  @Test
  void where_the_region_approves_by_hand_a_confirmed_registration_waits_for_the_relation_manager()
      throws SQLException {
    policy(IJSSELLAND, false, null);
    String name = "Handmatig " + UUID.randomUUID().toString().substring(0, 8);
    String email = RegistrationApiIT.uniqueEmail();
    HttpResponse<String> created =
        RegistrationApiIT.post(
            base,
            RegistrationApiIT.registration(email, RegistrationApiIT.uniqueMobile(), DEVENTER)
                .add("name", name)
                .build());
    String location = created.headers().firstValue("Location").orElseThrow();

    MimeMessage mail = MailBox.awaitMessageTo(email, Duration.ofSeconds(60));
    Matcher link = LINK.matcher(MailBox.textOf(mail));
    assertThat(link.find()).isTrue();
    browser.open("bevestigen.xhtml?token=" + link.group(1));
    browser.submit("confirmation-form:confirm");
    assertThat(browser.text()).contains("Een medewerker van Burgernet controleert haar nog");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
    assertThat(statusAt(location)).isEqualTo("VERIFICATION");

    browser.logIn("relatiebeheer");
    browser.click("menu-werkbakken");
    browser.clickInRow("worklists-form:verification", name, ":approve");

    browser.awaitText(name + " is nu deelnemer");
    assertThat(statusAt(location)).isEqualTo("ACTIVE");
  }

  @Test
  void the_manager_sets_the_policy_of_the_own_region() {
    browser.logIn("manager");
    browser.click("menu-aanmeldbeleid");
    assertThat(browser.text()).contains("Midden-Nederland").doesNotContain("IJsselland");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    browser.type("policy-form:policies:0:burst-limit", "25");
    browser.click("policy-form:policies:0:save");

    browser.awaitText("Het aanmeldbeleid van Midden-Nederland is opgeslagen");
    assertThat(browser.element("policy-form:policies:0:burst-limit").getAttribute("value"))
        .isEqualTo("25");
  }

  private String statusOfRegistrationFrom(String installation) {
    JsonObject registration =
        RegistrationApiIT.registration(
                RegistrationApiIT.uniqueEmail(), RegistrationApiIT.uniqueMobile(), DEVENTER)
            .add("installation", installation)
            .build();
    HttpResponse<String> response = RegistrationApiIT.post(base, registration);
    assertThat(response.statusCode()).isEqualTo(201);
    return RegistrationApiIT.object(response.body()).getString("status");
  }

  private static void policy(String region, boolean autoApproval, Integer burstLimit)
      throws SQLException {
    AuditDatabase.execute(
        "INSERT INTO registration_policy (region_id, auto_approval, burst_limit,"
            + " burst_window_minutes, changed_at, changed_by) VALUES ("
            + region
            + ", "
            + autoApproval
            + ", "
            + burstLimit
            + ", 10, NOW(3), 'test')");
  }

  private static String statusAt(String location) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(location)).build(),
              HttpResponse.BodyHandlers.ofString());
      return RegistrationApiIT.object(response.body()).getString("status");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

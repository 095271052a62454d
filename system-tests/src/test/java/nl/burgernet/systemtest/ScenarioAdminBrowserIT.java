package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The functional administrator adds a deployment scenario in the portal: the SMS wording is counted
 * while it is typed, a wording without the callback number is refused in Dutch, the new scenario is
 * offered to the control room until the administrator switches it off, and both are audited.
 */
class ScenarioAdminBrowserIT extends BrowserTest {

  private static final String NAME = "Overval op een tankstation";
  private static final String COUNT = "scenario-dialog-form:sms-count";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void the_administrator_adds_a_scenario_with_a_counted_sms_and_switches_it_off_again() {
    browser.logIn("beheerder");
    browser.click("menu-inzetscenarios");
    assertThat(browser.textOf("scenario-form:scenarios")).contains("Overval", "Vermist kind");
    browser.click("scenario-form:new-scenario");
    browser.type("scenario-dialog-form:name", NAME);
    browser.chooseOne("scenario-dialog-form:kind", "Overval");
    browser.type("scenario-dialog-form:radius", "1500");

    browser.type("scenario-dialog-form:sms", "x".repeat(170) + " {signalement} {nummer}");
    browser.awaitElementText(COUNT, "170 tekens, 2 sms");
    browser.type("scenario-dialog-form:sms", "Oproep Burgernet: {signalement} Bel de politie.");
    // the recount changes the dialog's layout: click only when it is done
    browser.awaitElementText(COUNT, "34 tekens, 1 sms");
    browser.click("scenario-dialog-form:save");
    browser.awaitElementText("messages", " ");
    assertThat(browser.textOf("messages"))
        .contains("De sms- en spraaktekst moeten allebei {signalement} en {nummer} bevatten.");

    browser.type("scenario-dialog-form:sms", "Oproep Burgernet: {signalement} Bel {nummer}.");
    browser.awaitElementText(
        COUNT, "Vaste tekst zonder signalement en nummer: 24 tekens, 1 sms, standaardtekens");
    browser.click("scenario-dialog-form:save");
    browser.awaitText("Inzetscenario " + NAME + " is aangemaakt.");
    assertThat(browser.textOf("scenario-form:scenarios")).contains(NAME, "1.500 m");
    assertThat(operatorScenarios()).contains(NAME);
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    browser.clickInRow("scenario-form:scenarios", NAME, "deactivate");
    browser.click("scenario-form:confirm-yes");
    browser.awaitText("Inzetscenario " + NAME + " is uitgeschakeld.");

    assertThat(operatorScenarios()).doesNotContain(NAME).contains("Overval");
    assertThat(AuditDatabase.actions("beheerder"))
        .contains("CREATE DeploymentScenario", "UPDATE DeploymentScenario");
  }

  @Test
  void the_administrator_registers_a_partners_webhook_and_sees_its_secret_only_once() {
    String url = "https://partner.example/ijsselland-" + System.nanoTime();
    browser.logIn("beheerder");
    browser.click("menu-webhooks");
    browser.click("webhook-form:new-endpoint");
    // typing waits until the dialog is shown; choosing in a menu does not
    browser.type("register-dialog-form:url", url);
    browser.chooseOne("register-dialog-form:region", "IJsselland");
    browser.click("register-dialog-form:register");

    browser.awaitElementText("secret-dialog", "Geef dit geheim veilig door");
    String secret = browser.textOf("secret-value");
    assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
    browser.click("secret-dialog-form:close");
    assertThat(browser.textOf("webhook-form:endpoints"))
        .contains(url, "IJsselland", "Actie gestart, Gebied uitgebreid, Actie afgesloten")
        .doesNotContain(secret);
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
    assertThat(AuditDatabase.actions("beheerder")).contains("CREATE WebhookEndpoint");
  }

  private List<String> operatorScenarios() {
    return StaffApi.array(new StaffApi(base).get("scenarios", "meldkamer", DEMO_PASSWORD)).stream()
        .map(JsonValue::asJsonObject)
        .map(scenario -> scenario.getString("name"))
        .toList();
  }
}

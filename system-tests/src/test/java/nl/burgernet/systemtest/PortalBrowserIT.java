package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every demo role logs in through the real portal in Chromium and lands on its own page. */
class PortalBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @ParameterizedTest(name = "{0} lands on /portal/{1}/")
  @CsvSource({
    "meldkamer, meldkamer, false, false",
    "rechercheur, opsporing, false, false",
    "ambassadeur, gemeente, false, false",
    "relatiebeheer, relatiebeheer, false, false",
    "helpdesk, helpdesk, false, false",
    "manager, management, false, true",
    "stuurgroep, stuurgroep, false, false",
    "beheerder, beheer, true, true"
  })
  void each_role_lands_on_its_own_page_with_its_own_menu(
      String username, String landing, boolean managesStaff, boolean readsAuditTrail) {
    browser.logIn(username);

    assertThat(browser.currentPath()).startsWith("/portal/" + landing + "/");
    assertThat(browser.has("landing-title")).isTrue();
    assertThat(browser.has("menu-start")).isTrue();
    assertThat(browser.has("menu-gemeenten")).isTrue();
    assertThat(browser.has("menu-account")).isTrue();
    assertThat(browser.has("menu-uitloggen")).isTrue();
    assertThat(browser.has("menu-medewerkers")).isEqualTo(managesStaff);
    assertThat(browser.has("menu-audittrail")).isEqualTo(readsAuditTrail);
  }

  @Test
  void a_wrong_password_gets_one_message_that_reveals_nothing() {
    browser.logIn("ambassadeur", "verkeerd-wachtwoord");

    assertThat(browser.currentPath()).startsWith("/login.xhtml");
    assertThat(browser.text())
        .contains(
            "Onjuiste gebruikersnaam of wachtwoord, of het account is tijdelijk geblokkeerd.");
  }

  @Test
  void the_ambassador_of_rotterdam_cannot_open_schiedam_by_changing_the_url() {
    long schiedam = municipalityId("GM0606");
    browser.logIn("ambassadeur");

    browser.open("portal/gemeente.xhtml?id=" + schiedam);

    assertThat(browser.text()).doesNotContain("Schiedam").containsIgnoringCase("niet gevonden");
  }

  @Test
  void the_ambassador_cannot_open_the_administrators_pages() {
    browser.logIn("ambassadeur");

    browser.open("portal/beheer/medewerkers.xhtml");

    assertThat(browser.has("menu-medewerkers")).isFalse();
    assertThat(browser.text()).containsIgnoringCase("geen toegang");
  }

  @Test
  void a_visitor_who_is_not_logged_in_is_sent_to_the_login_page() {
    browser.open("portal/gemeenten.xhtml");

    assertThat(browser.currentPath()).startsWith("/login.xhtml");
  }

  @Test
  void the_login_page_meets_wcag_2_1_aa() {
    browser.open("login.xhtml");

    assertThat(browser.accessibilityViolations()).isEmpty();
  }

  private long municipalityId(String cbsCode) {
    return StaffApi.array(new StaffApi(base).get("municipalities", "beheerder", DEMO_PASSWORD))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("cbsCode").equals(cbsCode))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}

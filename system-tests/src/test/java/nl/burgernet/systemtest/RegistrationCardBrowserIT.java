package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The relation manager of Deventer types in paper registration cards: a complete one is registered
 * at once; one without a house number goes to the call-back list, where a call is recorded and the
 * card is completed on the phone.
 */
class RegistrationCardBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void a_complete_card_is_registered_with_the_rules_of_the_registration_page() {
    String name = "Kaart Compleet " + shortId();
    browser.logIn("relatiebeheer");
    browser.click("menu-aanmeldkaarten");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    typeCard(name, "12");
    browser.click("card-form:register");

    browser.awaitText("De kaart van " + name + " is aangemeld");
  }

  @Test
  void an_incomplete_card_is_called_back_and_completed() {
    String name = "Kaart Onvolledig " + shortId();
    browser.logIn("relatiebeheer");
    browser.click("menu-aanmeldkaarten");

    typeCard(name, "");
    browser.type("card-form:missing", "Geen huisnummer ingevuld");
    browser.click("card-form:hold");
    browser.awaitText("De kaart van " + name + " staat op de terugbellijst");
    assertThat(browser.text()).contains("Geen huisnummer ingevuld", "Nog niet gebeld");

    browser.clickInRow("call-back-form:call-back", name, ":call");
    browser.awaitText("Hoe ging het gesprek?");
    browser.chooseOne("call-dialog-form:result", "Geen gehoor");
    browser.type("call-dialog-form:note", "Morgen opnieuw");
    browser.click("call-dialog-form:confirm-call");
    browser.awaitText("Het gesprek over de kaart van " + name + " is vastgelegd");
    assertThat(browser.text()).contains("Geen gehoor (Morgen opnieuw)");

    browser.clickInRow("call-back-form:call-back", name, ":complete");
    browser.awaitText("Kaart aanvullen");
    typeAddressAndRest("21");
    browser.click("card-form:register");

    browser.awaitText("De kaart van " + name + " is aangemeld");
    assertThat(browser.element("call-back-form:call-back").getText()).doesNotContain(name);
  }

  private void typeCard(String name, String houseNumber) {
    browser.type("card-form:name", name);
    browser.type("card-form:mobile", RegistrationApiIT.uniqueMobile().replace("+31", "0"));
    typeAddressAndRest(houseNumber);
  }

  private void typeAddressAndRest(String houseNumber) {
    browser.type("card-form:year-of-birth", "1948");
    browser.type("card-form:home-postcode", "7411 AA");
    browser.type("card-form:home-house-number", houseNumber);
    browser.type("card-form:home-street", "Brink");
    browser.type("card-form:home-place", "Deventer");
    browser.check("Per sms");
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import nl.burgernet.systemtest.MailTargetFixture.Standing;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rotterdam's ambassador, in Chromium, writes a prevention mail for one neighbourhood: she draws a
 * circle on the map and sees how many participants with e-mail it reaches, switches to a postcode
 * and sees that count, sends, and the report shows exactly that many reached; the mails arrive.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailTargetingBrowserIT {

  private static final String PREFIX = "6302";
  private static final String SUBJECT = "Inbraken in uw straat " + PREFIX;
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** A point in Rotterdam and a full postcode there that no other test uses. */
  private static final double LATITUDE = 51.9150;

  private static final double LONGITUDE = 4.4420;
  private static final String AT_POINT_POSTCODE = "3014 QY";
  private static final String OTHER_POSTCODE = "3015 QY";

  private static final List<String> AT_POINT = List.of(reader("p0"), reader("p1"));
  private static final List<String> AT_POSTCODE = List.of(reader("c0"), reader("c1"), reader("c2"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(MailTargetingBrowserIT.class, MailTargetFixture.class);
  }

  @EJB private MailTargetFixture fixture;

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void participants_live_at_a_point_and_in_a_postcode_of_rotterdam() {
    for (String reader : AT_POINT) {
      fixture.place(reader, "Rotterdam", AT_POINT_POSTCODE, LATITUDE, LONGITUDE, Standing.ACTIVE);
    }
    fixture.place(
        reader("gone"), "Rotterdam", AT_POINT_POSTCODE, LATITUDE, LONGITUDE, Standing.UNSUBSCRIBED);
    // the postcode's readers live 2 km away from the point
    for (String reader : AT_POSTCODE) {
      fixture.place(
          reader, "Rotterdam", OTHER_POSTCODE, LATITUDE - 0.02, LONGITUDE, Standing.ACTIVE);
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void the_ambassador_draws_an_area_sees_the_count_and_sends_to_a_postcode() {
    try (MailPages.Kept kept = MailPages.kept(base, "targeting")) {
      Browser browser = kept.browser();
      browser.logIn("ambassadeur");
      browser.click("menu-burgernetmail");
      browser.click("new-mail");
      browser.awaitText("Deze mail bereikt nu");
      assertThat(browser.accessibilityViolationDetails()).as("composer").isEmpty();

      browser.check("Een deel van de gemeente");
      browser.awaitText("Zet een cirkel of vlak op de kaart");
      assertThat(browser.accessibilityViolationDetails()).as("composer, area open").isEmpty();
      // a click on the map, as Leaflet hands it to the page's map
      browser.script(
          "actionMap.map.fire('click', {latlng: L.latLng(" + LATITUDE + ", " + LONGITUDE + ")});");
      browser.awaitText("Deze mail bereikt nu 2 deelnemers met e-mail.");

      browser.check("Postcodes");
      browser.typeAfterUpdate("compose:postcodes", OTHER_POSTCODE);
      browser.awaitText("Deze mail bereikt nu 3 deelnemers met e-mail.");
      assertThat(browser.accessibilityViolationDetails()).as("composer, postcodes").isEmpty();

      browser.type("compose:subject", SUBJECT);
      MailPages.typeAtEnd(browser, "Beste {{naam}}, er is deze week twee keer ingebroken.");
      browser.submit("compose:submit");
      browser.awaitText("Zelf goedgekeurd");
      browser.click("detail:send-now");
      browser.click("detail:confirm-yes");
      browser.awaitText("Resultaat");
      MailPages.awaitFigure(browser, "report-underway", 0);
      assertThat(MailPages.number(browser, "report-reached")).isEqualTo(AT_POSTCODE.size());
    }
    for (String reader : AT_POSTCODE) {
      assertThat(MailBox.subjectOf(MailBox.awaitMessageTo(reader, WAIT))).isEqualTo(SUBJECT);
    }
    for (String reader : AT_POINT) {
      assertThat(MailBox.countTo(reader)).as("outside the postcode").isZero();
    }
  }

  private static String reader(String tag) {
    return "buurt-" + PREFIX + "-" + tag + "@burgernet.test";
  }
}

package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import nl.burgernet.participant.control.PhoneNumbers;
import nl.burgernet.participant.entity.PhoneNumber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The relation manager of Deventer finds a participant by the phone number as the caller reads it
 * out, and corrects the name; compares a duplicate registration with the existing participant and
 * merges it; the regional helpdesk finds participants of its own region and only reads them.
 */
class ParticipantSearchBrowserIT extends BrowserTest {

  private static final String DEVENTER = "7411 AA";
  private static final String UTRECHT = "3511 AA";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void the_relation_manager_finds_a_participant_by_phone_and_corrects_the_name() {
    String mobile = RegistrationApiIT.uniqueMobile();
    String name = "Gezocht " + shortId();
    register(name, RegistrationApiIT.uniqueEmail(), mobile, DEVENTER);

    browser.logIn("relatiebeheer");
    browser.click("menu-deelnemers");
    browser.type("search-form:term", spoken(mobile));
    browser.click("search-form:search");
    browser.awaitText("1 tot en met 1 van 1");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    browser.clickInRow("search-form:results", name, ":open");
    browser.awaitText("Gegevens wijzigen");
    assertThat(browser.element("participant-mobile").getText())
        .isEqualTo(PhoneNumbers.readable(PhoneNumber.of(mobile)));
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    String corrected = "Gevonden " + shortId();
    browser.type("edit-form:name", corrected);
    browser.click("edit-form:save");

    browser.awaitText("De gegevens van " + corrected + " zijn opgeslagen");
    assertThat(browser.element("participant-title").getText()).isEqualTo(corrected);
  }

  @Test
  void a_duplicate_is_compared_with_the_existing_participant_and_merged() {
    String mobile = RegistrationApiIT.uniqueMobile();
    String existing = "Bestaand " + shortId();
    String duplicate = "Dubbel " + shortId();
    register(existing, RegistrationApiIT.uniqueEmail(), mobile, DEVENTER);
    register(duplicate, RegistrationApiIT.uniqueEmail(), mobile, DEVENTER);

    browser.logIn("relatiebeheer");
    assertThat(Long.parseLong(browser.element("count-quarantine").getText())).isPositive();
    browser.click("menu-werkbakken");
    browser.clickInRow("worklists-form:quarantine", duplicate, ":compare");
    browser.awaitText("Bestaande deelnemer: " + existing);
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    browser.check("Naam");
    browser.click("merge-form:merge-actions:0:merge-into");

    browser.awaitText("De aanmelding is samengevoegd met " + duplicate);
    browser.click("merge-form:outcome-participant");
    browser.awaitText("Gegevens wijzigen");
    assertThat(browser.element("participant-title").getText()).isEqualTo(duplicate);
  }

  @Test
  void the_helpdesk_finds_participants_of_its_region_and_only_reads_them() {
    // letters only: digits would make the search term a phone number
    String surname = "Hulpvraag" + shortId().replaceAll("[0-9]", "x");
    register(
        "Ans " + surname,
        RegistrationApiIT.uniqueEmail(),
        RegistrationApiIT.uniqueMobile(),
        UTRECHT);
    register(
        "Bas " + surname,
        RegistrationApiIT.uniqueEmail(),
        RegistrationApiIT.uniqueMobile(),
        DEVENTER);

    browser.logIn("helpdesk");
    browser.click("menu-deelnemers");
    browser.type("search-form:term", surname);
    browser.click("search-form:search");

    browser.awaitText("1 tot en met 1 van 1");
    assertThat(browser.text()).contains("Ans " + surname).doesNotContain("Bas " + surname);
    browser.clickInRow("search-form:results", "Ans " + surname, ":open");
    browser.awaitText("Aangemeld via");
    assertThat(browser.has("edit-form")).isFalse();
  }

  private void register(String name, String email, String mobile, String postcode) {
    JsonObject registration =
        RegistrationApiIT.registration(email, mobile, postcode).add("name", name).build();
    assertThat(RegistrationApiIT.post(base, registration).statusCode()).isEqualTo(201);
  }

  /** "+31612345678" as someone reads it out on the phone: "06 - 12 34 56 78". */
  private static String spoken(String e164) {
    String national = "0" + e164.substring(3);
    return national.substring(0, 2)
        + " - "
        + national.substring(2, 4)
        + " "
        + national.substring(4, 6)
        + " "
        + national.substring(6, 8)
        + " "
        + national.substring(8);
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

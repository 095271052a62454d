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
 * Functional administration gives Midden-Nederland its own confirmation mail: a placeholder the
 * mail does not know is refused, the preview fills in an example, and a citizen of Utrecht who
 * registers then receives exactly the region's text with their own name and link.
 */
class MailTemplateBrowserIT extends BrowserTest {

  private static final String UTRECHT_POSTCODE = "3581 AA";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void a_citizen_receives_the_confirmation_text_the_region_wrote() {
    String marker = "Welkom in Midden-Nederland " + UUID.randomUUID().toString().substring(0, 8);
    browser.logIn("beheerder");
    browser.click("menu-mailteksten");
    browser.chooseOne("templates-form:region", "Midden-Nederland");
    // the page names the region once it shows that region's text
    browser.awaitText("Eenheid Midden-Nederland gebruikt de standaardtekst");

    browser.typeAfterUpdate("templates-form:subject", "Bevestig uw aanmelding, {voornaam}");
    browser.click("templates-form:save");
    browser.awaitText("Het invulveld {voornaam} bestaat niet voor deze e-mail");

    browser.type("templates-form:subject", "Nog één stap: bevestig uw aanmelding");
    browser.type(
        "templates-form:body",
        "Beste {naam},\n\n"
            + marker
            + ".\n\nBevestig met {link} (tot {geldigTot}).\n\n"
            + "Afmelden: {afmeldlink}");
    browser.click("templates-form:preview");
    browser.awaitText("Beste Jan de Vries");
    browser.click("templates-form:save");
    browser.awaitText("De eigen tekst is opgeslagen");

    String email = RegistrationApiIT.uniqueEmail();
    JsonObject registration =
        RegistrationApiIT.registration(email, RegistrationApiIT.uniqueMobile(), UTRECHT_POSTCODE)
            .add("name", "Ute Utrecht")
            .build();
    assertThat(RegistrationApiIT.post(base, registration).statusCode()).isEqualTo(201);

    MimeMessage mail = MailBox.awaitMessageTo(email, Duration.ofSeconds(60));
    assertThat(MailBox.subjectOf(mail)).isEqualTo("Nog één stap: bevestig uw aanmelding");
    assertThat(MailBox.textOf(mail))
        .startsWith("Beste Ute Utrecht,")
        .contains(marker)
        .contains("bevestigen.xhtml?token=")
        .contains("afmelden.xhtml?token=")
        .doesNotContain("{");
    assertThat(AuditDatabase.actions("beheerder")).contains("UPDATE ParticipantMailTemplate");

    browser.click("templates-form:reset");
    browser.awaitText("De eenheid gebruikt weer de standaardtekst");
  }
}

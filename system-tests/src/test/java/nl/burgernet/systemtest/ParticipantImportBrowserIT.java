package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The relation manager of Deventer uploads a small file on the import page, sees the import run to
 * its end and reads in the report why the refused row was refused.
 */
class ParticipantImportBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void an_uploaded_file_is_imported_and_the_refused_row_is_explained() throws Exception {
    Path file = Files.createTempFile("deelnemers-", ".csv");
    Files.writeString(
        file,
        "naam;mobiel;postcode;huisnummer;straat;plaats;geboortejaar\n"
            + "Browser Import;"
            + RegistrationApiIT.uniqueMobile()
            + ";7411 AA;3;Brink;Deventer;1985\n"
            + "Te Jong;"
            + RegistrationApiIT.uniqueMobile()
            + ";7411 AA;4;Brink;Deventer;2019\n",
        StandardCharsets.UTF_8);
    browser.logIn("relatiebeheer");
    browser.click("menu-importeren");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    browser.element("import-form:file_input").sendKeys(file.toAbsolutePath().toString());

    browser.awaitText("Klaar: alle 2 rijen zijn verwerkt.");
    assertThat(browser.textOf("count-imported")).isEqualTo("1");
    assertThat(browser.textOf("count-refused")).isEqualTo("1");
    assertThat(browser.text()).contains("U kunt deelnemen vanaf het jaar waarin u 16 wordt.");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
    Files.delete(file);
  }
}

package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The functional administrator gives a new colleague access in the portal; the colleague is mailed,
 * the creation is audited, and the colleague can log in to their own landing page.
 */
class StaffAdministrationBrowserIT extends BrowserTest {

  private static final String COLLEAGUE = "nieuwe.collega";
  private static final String PASSWORD = "Welkom-bij-Burgernet-1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void the_administrator_creates_a_steering_group_member_who_can_then_log_in() {
    browser.logIn("beheerder");
    browser.click("menu-medewerkers");
    browser.click("staff-form:new-staff");
    browser.type("staff-dialog-form:username", COLLEAGUE);
    browser.type("staff-dialog-form:display-name", "Nieuwe Collega");
    browser.type("staff-dialog-form:email", COLLEAGUE + "@burgernet.test");
    browser.type("staff-dialog-form:initial-password", PASSWORD);
    browser.chooseMany("staff-dialog-form:roles", "Lid stuurgroep");
    browser.chooseOne("staff-dialog-form:scope-level", "Landelijk");
    browser.click("staff-dialog-form:save");

    browser.awaitText("Nieuwe Collega");
    MimeMessage welcome =
        MailBox.awaitMessageTo(COLLEAGUE + "@burgernet.test", Duration.ofSeconds(60));
    assertThat(MailBox.subjectOf(welcome)).isEqualTo("Uw account voor het Burgernet-portaal");
    assertThat(MailBox.textOf(welcome)).contains("Gebruikersnaam: " + COLLEAGUE);
    assertThat(AuditDatabase.actions("beheerder")).contains("CREATE StaffAccount");

    browser.logOut();
    browser.logIn(COLLEAGUE, PASSWORD);
    assertThat(browser.currentPath()).startsWith("/portal/stuurgroep/");
  }
}

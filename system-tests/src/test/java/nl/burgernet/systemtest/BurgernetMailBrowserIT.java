package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import nl.burgernet.systemtest.MailFixture.Reader;
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
 * Burgernetmail as its users work with it in Chromium. The ambassador of Rotterdam (whose region
 * lets ambassadors approve their own mail) composes a prevention mail from the region's template,
 * previews it, sends a test to herself, sends it and reads the report, which later counts the
 * reader who left through the mail's unsubscribe link and the one whose mail bounced. The
 * investigating officer's witness call goes to the regional bureau, comes back with a comment, is
 * changed (the reviewer sees the change), approved and sent. Nobody opens a mail outside their
 * sight by changing the id.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BurgernetMailBrowserIT {

  private static final String ROTTERDAM = "6201";
  private static final String UTRECHT = "6202";
  private static final int READERS = 3;
  private static final String PREVENTION = "Inbraken rond de Coolsingel " + ROTTERDAM;
  private static final String WITNESS_CALL = "Getuigen overval Oudegracht " + UTRECHT;
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(BurgernetMailBrowserIT.class, MailFixture.class);
  }

  @EJB private MailFixture fixture;

  /** The pages of the two mails, as their authors' browsers showed them (client side only). */
  private static String preventionPage;

  private static String witnessCallPage;

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void participants_live_in_rotterdam_and_utrecht() {
    assertThat(fixture.participantsIn("Rotterdam", ROTTERDAM, READERS)).hasSize(READERS);
    assertThat(fixture.participantsIn("Utrecht", UTRECHT, READERS)).hasSize(READERS);
  }

  @Test
  @Order(2)
  @RunAsClient
  void the_ambassador_composes_previews_tests_sends_and_reads_the_report() {
    try (MailPages.Kept kept = MailPages.kept(base, "browser-1")) {
      Browser browser = kept.browser();
      browser.logIn("ambassadeur");
      browser.click("menu-burgernetmail");
      browser.awaitText("Alle mails");
      assertThat(browser.accessibilityViolationDetails()).as("overview").isEmpty();

      browser.click("new-mail");
      browser.awaitText("Deze mail bereikt nu");
      assertThat(browser.accessibilityViolationDetails()).as("composer").isEmpty();
      browser.select("compose:template", "Inbraakpreventie (Preventiebericht)");
      browser.click("compose:use-template");
      browser.awaitText("De inbrekers");
      browser.type("compose:subject", PREVENTION);
      MailPages.typeAtEnd(browser, "Kijk ook op www.politie.nl.");

      browser.click("compose:show-preview");
      browser.awaitText("Beste Anouk Ambassadeur,");
      assertThat(browser.element("preview-subject").getText()).isEqualTo(PREVENTION);
      assertThat(browser.element("preview-card").getText())
          .contains("Gemeente Rotterdam", "Kijk ook op www.politie.nl.", "afmelden")
          .doesNotContain("{{");

      browser.click("compose:send-test");
      browser.awaitText("De testmail is verstuurd naar ambassadeur@burgernet.local");
      assertThat(MailBox.subjectOf(MailBox.awaitMessageTo("ambassadeur@burgernet.local", WAIT)))
          .isEqualTo("[Testmail] " + PREVENTION);

      browser.submit("compose:submit");
      browser.awaitText("Zelf goedgekeurd");
      preventionPage = browser.currentPath().substring(1);
      assertThat(browser.element("mail-status").getText()).isEqualTo("Goedgekeurd");

      browser.click("detail:send-now");
      browser.click("detail:confirm-yes");
      browser.awaitText("Resultaat");
      MailPages.awaitFigure(browser, "report-underway", 0);
      // other tests of a run may add participants in Rotterdam: at least ours, all delivered
      long reached = MailPages.number(browser, "report-reached");
      assertThat(reached).isGreaterThanOrEqualTo(READERS);
      assertThat(MailPages.number(browser, "report-delivered")).isEqualTo(reached);
      assertThat(browser.element("report-not-delivered").getText()).isEqualTo("0");
      assertThat(browser.accessibilityViolationDetails()).as("report").isEmpty();
    }
    for (int i = 0; i < READERS; i++) {
      String address = reader(ROTTERDAM, i);
      assertThat(MailBox.subjectOf(MailBox.awaitMessageTo(address, WAIT))).isEqualTo(PREVENTION);
      assertThat(MailBox.partsOf(MailBox.awaitMessageTo(address, WAIT)))
          .contains("Beste Lezer " + ROTTERDAM + "-" + i + ",", "#00811F");
    }
  }

  @Test
  @Order(3)
  @RunAsClient
  void the_report_counts_who_left_through_the_mail_and_whose_mail_bounced() throws Exception {
    MimeMessage leaving = MailBox.awaitMessageTo(reader(ROTTERDAM, 0), WAIT);
    URI link =
        URI.create(leaving.getHeader("List-Unsubscribe")[0].replaceAll("^<([^>]+)>.*", "$1"));
    // the link names the public address; the test server listens elsewhere
    URI here = base.toURI().resolve(link.getRawPath().substring(1) + "?" + link.getRawQuery());
    HttpResponse<String> clicked =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(here)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(clicked.statusCode()).as(clicked.body()).isEqualTo(200);
    assertThat(clicked.body()).isEqualTo("U bent afgemeld bij Burgernet.");
    MimeMessage bouncing = MailBox.awaitMessageTo(reader(ROTTERDAM, 1), WAIT);
    BounceMailbox.put(BounceMailbox.userUnknown(reader(ROTTERDAM, 1), bouncing.getMessageID()));

    try (MailPages.Kept kept = MailPages.kept(base, "report-after-leaving")) {
      Browser browser = kept.browser();
      browser.logIn("ambassadeur");
      browser.open(preventionPage);
      // the bounce intake reads the bounce mailbox every few seconds, after the page may be shown
      MailPages.awaitFigureReloading(browser, "report-bounced", 1);
      assertThat(browser.element("report-not-delivered").getText()).isEqualTo("1");
      assertThat(browser.element("report-unsubscribed").getText()).isEqualTo("1");
    }
  }

  @Test
  @Order(4)
  @RunAsClient
  void a_police_request_is_reviewed_returned_changed_approved_and_sent() {
    String mailPage;
    try (MailPages.Kept kept = MailPages.kept(base, "officer-2")) {
      Browser officer = kept.browser();
      officer.logIn("rechercheur");
      officer.click("menu-burgernetmail");
      officer.click("new-mail");
      officer.chooseOne("compose:kind", "Getuigenoproep");
      officer.chooseOne("compose:municipality", "Utrecht");
      officer.awaitText("Deze mail bereikt nu");
      officer.type("compose:subject", WITNESS_CALL);
      MailPages.typeAtEnd(officer, "Wie zag gisteren rond 22.00 uur een man op een rode scooter?");
      officer.submit("compose:submit");
      officer.awaitText("Ter beoordeling aangeboden");
      mailPage = officer.currentPath();
      witnessCallPage = mailPage.substring(1);
      assertThat(officer.has("detail:send-now")).as("not before review").isFalse();
    }

    try (MailPages.Kept kept = MailPages.kept(base, "ambassador-3")) {
      Browser ambassador = kept.browser();
      ambassador.logIn("ambassadeur");
      ambassador.open(mailPage.substring(1));
      assertThat(ambassador.text()).as("another municipality's eyes").contains("Niet gevonden");
    }

    try (MailPages.Kept kept = MailPages.kept(base, "bureau-4")) {
      Browser bureau = kept.browser();
      bureau.logIn("helpdesk");
      bureau.click("menu-burgernetmail");
      bureau.awaitText("Wacht op uw beoordeling");
      assertThat(bureau.element("to-review").getText()).contains(WITNESS_CALL);
      bureau.open(mailPage.substring(1));
      bureau.type("detail:comment", "Vermeld het telefoonnummer 0900-8844.");
      bureau.click("detail:return");
      bureau.awaitText("De mail is teruggestuurd naar de opsteller.");
    }

    try (MailPages.Kept kept = MailPages.kept(base, "officer-5")) {
      Browser officer = kept.browser();
      officer.logIn("rechercheur");
      officer.open(mailPage.substring(1));
      officer.awaitText("Vermeld het telefoonnummer 0900-8844.");
      officer.click("detail:edit");
      officer.awaitText("Soort en ontvangers");
      MailPages.typeAtEnd(officer, "Bel 0900-8844.");
      officer.submit("compose:submit");
      officer.awaitText("Ter beoordeling");
    }

    try (MailPages.Kept kept = MailPages.kept(base, "bureau-6")) {
      Browser bureau = kept.browser();
      bureau.logIn("helpdesk");
      bureau.open(mailPage.substring(1));
      bureau.awaitText("Gewijzigd sinds u de mail de vorige keer zag");
      assertThat(bureau.element("changes").getText()).contains("Bel 0900-8844.");
      assertThat(bureau.accessibilityViolationDetails()).as("review").isEmpty();
      bureau.click("detail:approve");
      bureau.awaitText("De mail is goedgekeurd.");
    }

    try (MailPages.Kept kept = MailPages.kept(base, "officer-7")) {
      Browser officer = kept.browser();
      officer.logIn("rechercheur");
      officer.open(mailPage.substring(1));
      officer.click("detail:send-now");
      officer.click("detail:confirm-yes");
      officer.awaitText("Resultaat");
      assertThat(officer.element("detail:steps").getText())
          .contains("Ter beoordeling aangeboden", "Teruggestuurd", "Goedgekeurd", "Verstuurd");
    }
    List<Reader> utrecht =
        List.of(
            new Reader("Lezer " + UTRECHT + "-0", reader(UTRECHT, 0)),
            new Reader("Lezer " + UTRECHT + "-1", reader(UTRECHT, 1)));
    for (Reader reader : utrecht) {
      assertThat(MailBox.partsOf(MailBox.awaitMessageTo(reader.email(), WAIT)))
          .contains("Bel 0900-8844.", "Gemeente Utrecht", "afmelden.xhtml?token=");
    }
  }

  @Test
  @Order(5)
  @RunAsClient
  void nobody_reads_a_mail_outside_their_sight_by_changing_the_id() {
    try (MailPages.Kept kept = MailPages.kept(base, "bureau-8")) {
      Browser bureau = kept.browser();
      bureau.logIn("helpdesk");
      bureau.click("menu-burgernetmail");
      bureau.awaitText(WITNESS_CALL);
      assertThat(bureau.text()).as("Rotterdam is another region").doesNotContain(PREVENTION);
      bureau.open(preventionPage);
      assertThat(bureau.text()).contains("Niet gevonden").doesNotContain(PREVENTION);
      bureau.open("portal/burgernetmail/bericht.xhtml?id=abc");
      assertThat(bureau.text()).contains("Niet gevonden");
    }
    try (MailPages.Kept kept = MailPages.kept(base, "ambassador-9")) {
      Browser ambassador = kept.browser();
      ambassador.logIn("ambassadeur");
      ambassador.click("menu-burgernetmail");
      ambassador.awaitText(PREVENTION);
      assertThat(ambassador.text()).as("police requests").doesNotContain(WITNESS_CALL);
      ambassador.open(witnessCallPage.replace("bericht.xhtml", "opstellen.xhtml"));
      assertThat(ambassador.text()).contains("Niet gevonden");
    }
  }

  private static String reader(String prefix, int number) {
    return "lezer-" + prefix + "-" + number + "@burgernet.test";
  }
}

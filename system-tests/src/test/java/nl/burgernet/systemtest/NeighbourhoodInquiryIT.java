package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Digitaal Buurtonderzoek from end to end: the investigating officer's inquiry goes out through the
 * real SMTP server with a personal link for each resident; a resident opens the link in Chromium
 * (the form passes axe), answers with a photo, and a second visit finds it answered; a tampered
 * link and a file that is no photo are refused in Dutch; only the officer who asked reads the
 * answers and the photo (the regional bureau, an ambassador and another officer are refused); a
 * follow-up reaches exactly the residents the first mail reached.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NeighbourhoodInquiryIT {

  private static final String PREFIX = "6301";
  private static final String LATE = "6302";
  private static final String SUBJECT = "Buurtonderzoek inbraak Lange Nieuwstraat " + PREFIX;
  private static final String FOLLOW_UP = "Vervolg: " + SUBJECT;
  private static final String DRAFT = "Buurtonderzoek fietsendiefstal station " + PREFIX;
  private static final String OTHER_OFFICER = "rechercheur-" + PREFIX;
  private static final String DEMO_PASSWORD = "Burgernet-demo-2026";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Pattern LINK =
      Pattern.compile("https?://\\S*/buurtonderzoek\\.xhtml\\?bericht=\\d+&code=[A-Za-z0-9_-]+");

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(
        NeighbourhoodInquiryIT.class, MailFixture.class, InquiryFixture.class);
  }

  @EJB private MailFixture mails;

  @EJB private InquiryFixture inquiries;

  @ArquillianResource private URL base;

  /** The page of the inquiry, as the officer's browser showed it (client side only). */
  private static String inquiryPage;

  @Test
  @Order(1)
  void the_officer_sends_an_inquiry_to_the_residents_of_utrecht() {
    assertThat(mails.participantsIn("Utrecht", PREFIX, 2)).hasSize(2);
    inquiries.otherOfficer(OTHER_OFFICER, DEMO_PASSWORD);

    assertThat(inquiries.sentInquiry("Utrecht", SUBJECT)).isPositive();
  }

  @Test
  @Order(2)
  @RunAsClient
  void each_resident_gets_a_personal_link_and_answers_with_a_photo() throws Exception {
    String first = linkIn(reader(0));
    String second = linkIn(reader(1));
    assertThat(first).as("a link per resident").isNotEqualTo(second);

    try (MailPages.Kept kept =
        MailPages.kept(base, NeighbourhoodInquiryIT.class, "inquiry-resident")) {
      Browser resident = kept.browser();
      resident.open(first);
      resident.awaitText("De politie vraagt uw hulp bij:");
      assertThat(resident.text()).contains(SUBJECT, "Wat heeft u gezien?");
      assertThat(resident.accessibilityViolationDetails()).as("public form").isEmpty();

      resident.type("answer:questions:0:text", "Een man met een rode fiets en een koevoet.");
      resident.check("Ja");
      resident.setTime("answer:questions:2:time-seen", "2026-11-20T22:30");
      resident.element("answer:questions:3:photo").sendKeys(png().toString());
      resident.submit("answer:send");

      resident.awaitText("Bedankt voor uw antwoord.");
      assertThat(resident.accessibilityViolationDetails()).as("thank you").isEmpty();

      resident.open(first);
      resident.awaitText("al beantwoord");
      assertThat(resident.has("answer:send")).as("one answer per link").isFalse();
    }
  }

  @Test
  @Order(3)
  @RunAsClient
  void a_tampered_link_and_a_file_that_is_no_photo_are_refused_in_dutch() throws Exception {
    String second = linkIn(reader(1));
    try (MailPages.Kept kept =
        MailPages.kept(base, NeighbourhoodInquiryIT.class, "inquiry-refusals")) {
      Browser resident = kept.browser();
      resident.open(second.replaceAll("code=.", "code=A"));
      resident.awaitText("Deze link werkt niet.");

      resident.open(second);
      resident.type("answer:questions:0:text", "Niets gezien.");
      Path fake = Files.createTempFile("geen-foto", ".jpg");
      Files.writeString(fake, "<svg onload=alert(1)>");
      resident.element("answer:questions:3:photo").sendKeys(fake.toString());
      resident.submit("answer:send");
      resident.awaitText("Dit bestand is geen foto die we kunnen lezen.");
    }
  }

  @Test
  @Order(4)
  @RunAsClient
  void only_the_officer_who_asked_reads_the_answers_and_the_photo() {
    String answersPage;
    String photo;
    try (MailPages.Kept kept =
        MailPages.kept(base, NeighbourhoodInquiryIT.class, "inquiry-officer")) {
      Browser officer = kept.browser();
      officer.logIn("rechercheur");
      officer.click("menu-burgernetmail");
      officer.clickInRow("mails-form:mails", SUBJECT, "open");
      officer.awaitText("Resultaat");
      inquiryPage = officer.currentPath().substring(1);
      MailPages.awaitFigure(officer, "report-answers", 1);

      officer.click("detail:answers");
      officer.awaitText("Antwoorden van bewoners");
      answersPage = officer.currentPath().substring(1);
      assertThat(officer.element("answers").getText())
          .contains("Een man met een rode fiets en een koevoet.", "Ja", "20-11-2026 22:30");
      assertThat(officer.script("return document.querySelector('img.answer-photo').naturalWidth"))
          .as("the photo shows")
          .isEqualTo(40L);
      String source =
          String.valueOf(
              officer.script(
                  "return document.querySelector('img.answer-photo').getAttribute('src')"));
      photo = source.substring(source.indexOf("portal/"));
      assertThat(officer.accessibilityViolationDetails()).as("answers").isEmpty();
    }
    for (String other : new String[] {"helpdesk", "ambassadeur"}) {
      try (MailPages.Kept kept =
          MailPages.kept(base, NeighbourhoodInquiryIT.class, "inquiry-" + other)) {
        Browser browser = kept.browser();
        browser.logIn(other);
        browser.open(answersPage);
        assertThat(browser.text()).as(other).contains("Geen toegang").doesNotContain("koevoet");
        browser.open(photo);
        assertThat(browser.text()).as(other + ", photo").contains("Geen toegang");
      }
    }
    try (MailPages.Kept kept =
        MailPages.kept(base, NeighbourhoodInquiryIT.class, "inquiry-other-officer")) {
      Browser colleague = kept.browser();
      colleague.logIn(OTHER_OFFICER, DEMO_PASSWORD);
      colleague.open(answersPage);
      assertThat(colleague.text())
          .as("another officer's request")
          .contains("Niet gevonden")
          .doesNotContain("koevoet");
      colleague.open(photo);
      assertThat(colleague.text()).contains("Niet gevonden");
      colleague.open(answersPage.replaceAll("id=\\d+", "id=abc"));
      assertThat(colleague.text()).contains("Niet gevonden");
    }
  }

  @Test
  @Order(5)
  void a_resident_who_registers_later_lives_in_utrecht_too() {
    assertThat(mails.participantsIn("Utrecht", LATE, 1)).hasSize(1);
  }

  @Test
  @Order(6)
  @RunAsClient
  void the_officer_starts_a_follow_up_to_the_same_recipients() {
    try (MailPages.Kept kept =
        MailPages.kept(base, NeighbourhoodInquiryIT.class, "inquiry-follow-up")) {
      Browser officer = kept.browser();
      officer.logIn("rechercheur");
      officer.open(inquiryPage);
      officer.click("detail:follow-up");
      officer.awaitText("De vervolgmail is gemaakt.");
      assertThat(officer.element("mail-subject").getText()).isEqualTo(FOLLOW_UP);
      assertThat(officer.element("follow-up-of").getText())
          .startsWith("Vervolgmail: gaat naar precies dezelfde ontvangers als mail");
    }
  }

  @Test
  @Order(7)
  void the_follow_up_is_approved_and_sent() {
    assertThat(inquiries.approveAndSend(FOLLOW_UP)).isPositive();
  }

  @Test
  @Order(8)
  @RunAsClient
  void the_residents_receive_the_follow_up() {
    assertThat(received(reader(0), FOLLOW_UP, WAIT)).isTrue();
    assertThat(received(reader(1), FOLLOW_UP, WAIT)).isTrue();
  }

  @Test
  @Order(9)
  void the_follow_up_reached_exactly_the_residents_the_inquiry_reached() {
    long followUp = mails.idOf(FOLLOW_UP);

    assertThat(inquiries.recipientsOf(followUp))
        .as("not the resident who registered since")
        .isEqualTo(inquiries.recipientsOf(inquiries.followUpOf(followUp)));
  }

  @Test
  @Order(10)
  @RunAsClient
  void the_resident_who_registered_since_gets_no_follow_up() {
    assertThat(received(reader(LATE, 0), FOLLOW_UP, Duration.ofSeconds(5))).isFalse();
  }

  @Test
  @Order(11)
  void the_officer_has_a_draft_inquiry() {
    assertThat(inquiries.draftInquiry("Utrecht", DRAFT)).isPositive();
  }

  @Test
  @Order(12)
  @RunAsClient
  void the_officer_sets_the_questions_which_are_frozen_once_submitted() {
    try (MailPages.Kept kept =
        MailPages.kept(base, NeighbourhoodInquiryIT.class, "inquiry-questions")) {
      Browser officer = kept.browser();
      officer.logIn("rechercheur");
      officer.click("menu-burgernetmail");
      officer.clickInRow("mails-form:mails", DRAFT, "open");
      officer.awaitText("Vragen van het buurtonderzoek");
      assertThat(
              officer
                  .element("mail-card")
                  .findElement(By.linkText("Vragen beantwoorden"))
                  .getDomAttribute("href"))
          .as("the mail's page shows the answer button, leading nowhere")
          .isEqualTo("#");
      officer.followLink("Vragen van het buurtonderzoek");
      officer.awaitText("Vraag aan de bewoner");
      officer.type("questions:rows:0:text", "Wat heeft u bij het station gezien?");
      officer.click("questions:add");
      officer.awaitText("Vraag 2");
      new Select(officer.element("questions:rows:1:kind")).selectByVisibleText("Ja of nee");
      officer.typeAfterUpdate("questions:rows:1:text", "Was er een busje?");
      assertThat(officer.accessibilityViolationDetails()).as("question editor").isEmpty();
      officer.click("questions:save");
      officer.awaitText("De vragen zijn opgeslagen.");

      officer.followLink("Terug naar de mail");
      officer.awaitText("Vragen vastgesteld");
      officer.click("detail:send-test");
      officer.awaitText("De testmail is verstuurd");
      assertThat(received("rechercheur@burgernet.local", "[Testmail] " + DRAFT, WAIT)).isTrue();
      officer.click("detail:submit");
      officer.awaitText("Ter beoordeling aangeboden");
      officer.followLink("Vragen van het buurtonderzoek");
      officer.awaitText("Deze vragen liggen vast");
      assertThat(officer.has("questions:save")).isFalse();
      assertThat(officer.element("question-list").getText())
          .contains(
              "Wat heeft u bij het station gezien? (Vrije tekst)", "Was er een busje? (Ja of nee)");
    }
  }

  @Test
  @Order(13)
  @RunAsClient
  void the_composers_preview_shows_the_answer_button_which_leads_nowhere() {
    try (MailPages.Kept kept =
        MailPages.kept(base, NeighbourhoodInquiryIT.class, "inquiry-preview")) {
      Browser officer = kept.browser();
      officer.logIn("rechercheur");
      officer.click("menu-burgernetmail");
      officer.click("new-mail");
      officer.chooseOne("compose:kind", "Digitaal Buurtonderzoek");
      officer.chooseOne("compose:municipality", "Utrecht");
      officer.awaitText("Deze mail bereikt nu");
      officer.type("compose:subject", "Buurtonderzoek voorbeeld " + PREFIX);
      MailPages.typeAtEnd(officer, "Wie zag gisteravond iemand bij het station?");

      officer.click("compose:show-preview");
      officer.awaitText("Vragen beantwoorden");

      assertThat(
              officer
                  .element("preview-card")
                  .findElement(By.linkText("Vragen beantwoorden"))
                  .getDomAttribute("href"))
          .isEqualTo("#");
      assertThat(
              officer.script(
                  "return getComputedStyle(document.querySelector("
                      + "\"[id='preview-card'] a[href='#']\")).pointerEvents;"))
          .as("a click on it does nothing")
          .isEqualTo("none");
      assertThat(officer.element("preview-text").getDomProperty("textContent"))
          .contains("Beantwoord de vragen via uw persoonlijke link")
          .doesNotContain("{{");
    }
  }

  /** The personal link in the resident's mail, as a path of the test server. */
  private static String linkIn(String address) {
    String parts = MailBox.partsOf(MailBox.awaitMessageTo(address, WAIT));
    Matcher link = LINK.matcher(parts);
    assertThat(link.find()).as("a personal link in " + parts).isTrue();
    // the link names the public address; the test server listens elsewhere
    return link.group().substring(link.group().indexOf("buurtonderzoek.xhtml"));
  }

  /** Whether a mail with this subject reaches the address within the time. */
  private static boolean received(String address, String subject, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    do {
      boolean found =
          LocalPeersForTests.peers().mailServer().getReceivedMessages().stream()
              .anyMatch(m -> subject.equals(MailBox.subjectOf(m)) && isTo(m, address));
      if (found) {
        return true;
      }
      pause();
    } while (Instant.now().isBefore(deadline));
    return false;
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String reader(int i) {
    return reader(PREFIX, i);
  }

  private static String reader(String prefix, int i) {
    return "lezer-" + prefix + "-" + i + "@burgernet.test";
  }

  /** A small PNG the form takes as a photo. */
  private static Path png() throws IOException {
    Path file = Files.createTempFile("foto", ".png");
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    return file;
  }
}

package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import nl.burgernet.security.control.StaffBootstrap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A complaint is taken by phone at the municipality of Deventer (first line), escalated to the
 * regional bureau of IJsselland (second line), which takes it and answers it; the citizen receives
 * the answer by mail. A relation manager assigns a ticket to a colleague, who finds it with the
 * list's filters; the filtered list is a link that shows the same list again.
 */
class HelpdeskBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet(
        SecondLineHelpdesk.class, HelpdeskColleagues.class, StaffFixture.class);
  }

  @Test
  void a_complaint_is_escalated_from_the_first_to_the_second_line_and_answered_by_mail() {
    String subject = "Elke nacht een sms " + UUID.randomUUID().toString().substring(0, 8);
    String email = RegistrationApiIT.uniqueEmail();

    browser.logIn("relatiebeheer");
    browser.click("menu-helpdesk");
    browser.click("tickets-form:new-ticket");
    browser.type("ticket-dialog-form:subject", subject);
    browser.chooseOne("ticket-dialog-form:kind", "Klacht");
    // labels with distinct first letters: type-ahead needs no second key under load
    browser.chooseOne("ticket-dialog-form:category", "Te veel berichten");
    browser.chooseOne("ticket-dialog-form:received-by", "Telefoon");
    browser.type("ticket-dialog-form:question", "Mevrouw krijgt elke nacht een Burgernetactie.");
    browser.type("ticket-dialog-form:requester-name", "Els Wakker");
    browser.type("ticket-dialog-form:requester-email", email);
    browser.submit("ticket-dialog-form:save");

    browser.awaitText("is vastgelegd");
    assertThat(browser.element("ticket-line").getText()).isEqualTo("Eerste lijn (gemeente)");
    browser.type("ticket-form:escalation", "Vraag over de instellingen van de meldkamer.");
    browser.click("ticket-form:escalate");
    browser.awaitText("is geëscaleerd naar de tweede lijn");
    assertThat(browser.element("ticket-line").getText())
        .isEqualTo("Tweede lijn (regionaal bureau)");
    String ticketPage = browser.currentPath();

    browser.logOut();
    browser.logIn(SecondLineHelpdesk.USERNAME);
    assertThat(browser.element("count-second-line").getText()).isNotEqualTo("0");
    browser.click("menu-helpdesk");
    browser.type("filter-form:text", subject);
    browser.submit("filter-form:filter");
    browser.awaitText(subject);
    browser.followLink(numberIn(ticketPage));
    browser.click("ticket-form:take");
    browser.awaitText("U behandelt melding");
    browser.type(
        "ticket-form:answer",
        "U kunt in Mijn Burgernet stille uren instellen, bijvoorbeeld 23-07.");
    browser.click("ticket-form:send-answer");

    browser.awaitText("is vastgelegd en per e-mail verstuurd");
    assertThat(browser.element("ticket-status").getText()).isEqualTo("Beantwoord");
    MimeMessage answer = MailBox.awaitMessageTo(email, Duration.ofSeconds(60));
    assertThat(MailBox.subjectOf(answer)).startsWith("Antwoord van Burgernet op uw vraag (HD-");
    assertThat(MailBox.textOf(answer)).contains("Beste Els Wakker").contains("stille uren");
    assertThat(AuditDatabase.actions(SecondLineHelpdesk.USERNAME)).contains("UPDATE Ticket");
  }

  @Test
  void a_ticket_is_assigned_to_a_colleague_who_finds_it_through_the_filters() {
    String subject = "Toewijzen " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        new StaffApi(base)
            .post(
                "tickets",
                Json.createObjectBuilder()
                    .add("kind", "QUESTION")
                    .add("receivedBy", "PHONE")
                    .add("subject", subject)
                    .add("question", "Waarom kreeg ik geen sms bij de laatste actie?")
                    .build()
                    .toString(),
                "relatiebeheer",
                StaffBootstrap.DEMO_PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = StaffApi.object(created).getJsonNumber("id").longValue();

    browser.logIn("relatiebeheer");
    browser.open("portal/helpdesk/melding.xhtml?id=" + id);
    browser.select("ticket-form:assignee", HelpdeskColleagues.DEVENTER_NAME);
    browser.click("ticket-form:assign");
    browser.awaitText("is toegewezen aan " + HelpdeskColleagues.DEVENTER);
    assertThat(browser.textOf("ticket-owner")).isEqualTo(HelpdeskColleagues.DEVENTER);
    assertThat(browser.textOf("history")).contains("Toegewezen: " + HelpdeskColleagues.DEVENTER);
    assertThat(browser.accessibilityViolationDetails()).as("ticket page").isEmpty();

    browser.logOut();
    browser.logIn(HelpdeskColleagues.DEVENTER);
    browser.click("menu-helpdesk");
    browser.select("filter-form:assignee", "Aan mij toegewezen");
    browser.select("filter-form:status", "In behandeling");
    browser.type("filter-form:text", subject);
    browser.submit("filter-form:filter");

    browser.awaitElementText("received-title", "1 melding");
    assertThat(browser.textOf("tickets-form:received")).contains(subject).contains("HD-" + id);
    String link = browser.currentPath();
    assertThat(link).contains("toegewezen=CALLER").contains("status=IN_PROGRESS");
    assertThat(browser.accessibilityViolationDetails()).as("filtered list").isEmpty();

    browser.open("portal/helpdesk/meldingen.xhtml");
    browser.open(link.substring(1));
    browser.awaitElementText("received-title", "1 melding");
    assertThat(browser.textOf("tickets-form:received")).contains(subject);
    browser.open("portal/helpdesk/meldingen.xhtml?toegewezen=NOBODY&zoek=HD-" + id);
    browser.awaitText("Er zijn geen meldingen die aan de zoekvragen voldoen.");
    browser.open("portal/helpdesk/meldingen.xhtml?van=gisteren");
    browser.awaitText("'gisteren' is geen datum");
    assertThat(browser.has("tickets-form:received")).isFalse();
  }

  @Test
  void a_ticket_about_a_participant_is_found_from_the_participant_and_back() {
    String email = RegistrationApiIT.uniqueEmail();
    RegistrationApiIT.post(
        base,
        RegistrationApiIT.registration(email, RegistrationApiIT.uniqueMobile(), "7411 AA").build());
    String subject = "Nieuw telefoonnummer " + UUID.randomUUID().toString().substring(0, 8);

    browser.logIn("relatiebeheer");
    browser.click("menu-deelnemers");
    browser.type("search-form:term", email);
    browser.click("search-form:search");
    browser.clickInRow("search-form:results", "Jan de Vries", ":open");
    browser.awaitText("Er zijn geen meldingen over deze deelnemer.");
    String number = browser.textOf("participant-number");

    browser.click("menu-helpdesk");
    browser.click("tickets-form:new-ticket");
    browser.type("ticket-dialog-form:subject", subject);
    browser.chooseOne("ticket-dialog-form:kind", "Vraag");
    browser.chooseOne("ticket-dialog-form:received-by", "E-mail");
    browser.type("ticket-dialog-form:question", "Hoe geef ik mijn nieuwe nummer door?");
    browser.type("ticket-dialog-form:participant-id", "nr. " + number);
    browser.submit("ticket-dialog-form:save");
    browser.awaitText("Deelnemernummer: vul alleen het getal in");
    browser.typeAfterUpdate("ticket-dialog-form:participant-id", number);
    browser.submit("ticket-dialog-form:save");
    browser.awaitText("is vastgelegd");
    browser.followLink(number);

    browser.awaitText(subject);
    assertThat(browser.textOf("participant-number")).isEqualTo(number);
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
  }

  @Test
  void the_helpdesk_pages_meet_wcag_2_1_aa() {
    browser.logIn(SecondLineHelpdesk.USERNAME);
    assertThat(browser.accessibilityViolationDetails()).as("landing page").isEmpty();
    browser.click("menu-helpdesk");
    browser.awaitText("Meldingen zoeken");
    assertThat(browser.accessibilityViolationDetails()).as("tickets").isEmpty();
    browser.click("menu-issuelijst");
    browser.awaitText("Bekende problemen en wensen");
    assertThat(browser.accessibilityViolationDetails()).as("issue list").isEmpty();
  }

  @Test
  void a_policy_officer_follows_the_trends_of_complaints_and_unsubscriptions() {
    browser.logIn("ambassadeur");
    browser.click("menu-trends");

    browser.awaitText("Afmeldredenen per maand");
    assertThat(browser.element("complaint-trend").getText()).contains("Te veel berichten");
    assertThat(browser.element("unsubscription-trend").getText()).contains("Ik ben verhuisd");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
  }

  /** "HD-12" from ".../melding.xhtml?id=12". */
  private static String numberIn(String ticketPage) {
    return "HD-" + ticketPage.substring(ticketPage.indexOf("id=") + 3).replaceAll("\\D.*", "");
  }
}

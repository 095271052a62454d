package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.localpeers.LocalDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A participant of Deventer serves themselves without a password: asks for a link on Mijn
 * Burgernet, opens it from the mail in Chromium, changes channels (stored at once), asks for an
 * address change (pending until the relation manager approves it in the work lists) and downloads
 * their data. Used and expired links get a clear Dutch message; unknown addresses the same answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfServiceBrowserIT {

  static final String LINK_SUBJECT = "Uw link naar Mijn Burgernet";

  static final String NEUTRAL_ANSWER = "Als dit e-mailadres bij Burgernet bekend is";

  private static final Pattern SELF_SERVICE_LINK =
      Pattern.compile("mijn-gegevens\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @ArquillianResource private URL base;

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    browser.saveScreenshot(getClass().getSimpleName() + "-" + test.getDisplayName());
    browser.close();
  }

  @Test
  void a_participant_opens_the_link_from_the_mail_and_changes_channels_at_once() {
    String email = Fixture.activeParticipant(base, "Anna Jansen", "7411 AA");

    browser.open("mijn-burgernet.xhtml");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
    browser.type("link-request-form:email", email);
    browser.submit("link-request-form:send");
    assertThat(browser.element("link-request-sent").getText()).contains(NEUTRAL_ANSWER);

    String token = linkToken(Fixture.awaitMail(email, LINK_SUBJECT, MAIL_WAIT));
    browser.open("mijn-gegevens.xhtml?token=" + token);
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
    browser.submit("open-form:open");

    assertThat(browser.element("own-data").getText())
        .contains("Anna Jansen")
        .contains(email)
        .contains("Brink 12, 7411 AA Deventer");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    browser.check("Via de Burgernet-app");
    browser.check("Per sms");
    browser.setTime("preferences-form:quiet-from", "22:00");
    browser.setTime("preferences-form:quiet-until", "06:30");
    browser.submit("preferences-form:save-preferences");

    assertThat(browser.text()).contains("Uw keuzes zijn bewaard en gelden meteen.");
    assertThat(Fixture.channels(email)).containsExactlyInAnyOrder("APP", "EMAIL");
    assertThat(Fixture.value(email, "quiet_from")).startsWith("22:00");

    browser.submit("end-form:end");
    assertThat(browser.element("self-service-ended").getText())
        .contains("Uw gegevens zijn gesloten");
    assertThat(browser.has("own-data")).isFalse();
  }

  @Test
  void an_address_change_waits_for_the_relation_managers_approval() {
    String name = "Verhuizer " + UUID.randomUUID().toString().substring(0, 8);
    String email = Fixture.activeParticipant(base, name, "7411 AA");
    openOwnData(email);

    browser.type("address-form:home-postcode", "7412 AA");
    browser.type("address-form:home-house-number", "5");
    browser.type("address-form:home-street", "Nieuwstraat");
    browser.submit("address-form:request-address");

    assertThat(browser.element("address-pending").getText())
        .contains("Nieuwstraat 5, 7412 AA Deventer")
        .contains("wacht op goedkeuring");
    assertThat(Fixture.value(email, "home_postcode")).isEqualTo("7411 AA");

    try (Browser relationManager = new Browser(base)) {
      relationManager.logIn("relatiebeheer");
      relationManager.click("menu-werkbakken");
      relationManager.awaitText("Adreswijzigingen");
      assertThat(relationManager.accessibilityViolationDetails()).isEmpty();
      relationManager.clickInRow("worklists-form:address-changes", name, ":approve-address");
      relationManager.awaitText("De adreswijziging van " + name + " is goedgekeurd");
    }

    assertThat(Fixture.value(email, "home_postcode")).isEqualTo("7412 AA");
    assertThat(Fixture.value(email, "home_house_number")).isEqualTo("5");
    assertThat(
            MailBox.textOf(Fixture.awaitMail(email, "Uw adreswijziging bij Burgernet", MAIL_WAIT)))
        .contains("Uw nieuwe adres is verwerkt");
  }

  @Test
  void the_downloaded_file_holds_the_participants_own_data_and_no_hashes() throws IOException {
    String email = Fixture.activeParticipant(base, "Karel Download", "7413 AA");
    openOwnData(email);
    Path folder = Files.createTempDirectory("burgernet-download");
    browser.downloadInto(folder);

    browser.click("download-form:download");

    String text = Browser.awaitDownload(folder, "mijn-burgernet.json");
    JsonObject json = RegistrationApiIT.object(text);
    assertThat(json.getString("name")).isEqualTo("Karel Download");
    assertThat(json.getString("email")).isEqualTo(email);
    assertThat(json.getJsonObject("home").getString("postcode")).isEqualTo("7413 AA");
    assertThat(json.getString("status")).isEqualTo("ACTIVE");
    assertThat(text)
        .doesNotContain(Fixture.value(email, "confirmation_token_hash"))
        .doesNotContain(Fixture.value(email, "unsubscribe_token"))
        .doesNotContain("\"id\"");
  }

  @Test
  void a_used_or_expired_link_gets_a_clear_dutch_message() {
    String email = Fixture.activeParticipant(base, "Els Verlopen", "7415 AA");
    String used = openOwnData(email);

    browser.open("mijn-gegevens.xhtml?token=" + used);
    browser.submit("open-form:open");
    assertThat(browser.text()).contains("Deze link is al gebruikt.");
    assertThat(browser.has("own-data")).isFalse();

    browser.open("mijn-burgernet.xhtml");
    browser.type("link-request-form:email", email);
    browser.submit("link-request-form:send");
    String expired = linkToken(Fixture.awaitMails(email, LINK_SUBJECT, 2, MAIL_WAIT).get(1));
    Fixture.expireLinks(email);

    browser.open("mijn-gegevens.xhtml?token=" + expired);
    browser.submit("open-form:open");
    assertThat(browser.text()).contains("Deze link is verlopen. Vraag een nieuwe link aan.");
    assertThat(browser.has("own-data")).isFalse();
  }

  @Test
  void an_unknown_address_gets_the_same_answer_and_a_known_one_at_most_three_links_an_hour()
      throws InterruptedException {
    browser.open("mijn-burgernet.xhtml");
    browser.type("link-request-form:email", RegistrationApiIT.uniqueEmail());
    browser.submit("link-request-form:send");
    assertThat(browser.element("link-request-sent").getText()).contains(NEUTRAL_ANSWER);

    String email = Fixture.activeParticipant(base, "Piet Vaker", "7417 AA");
    for (int request = 0; request < 4; request++) {
      browser.open("mijn-burgernet.xhtml");
      browser.type("link-request-form:email", email);
      browser.submit("link-request-form:send");
      assertThat(browser.element("link-request-sent").getText()).contains(NEUTRAL_ANSWER);
    }
    Fixture.awaitMails(email, LINK_SUBJECT, 3, MAIL_WAIT);
    Thread.sleep(3000);
    assertThat(Fixture.mailsTo(email, LINK_SUBJECT)).hasSize(3);
  }

  /** Asks for a link, opens the participant's data with it; returns the spent link's token. */
  private String openOwnData(String email) {
    browser.open("mijn-burgernet.xhtml");
    browser.type("link-request-form:email", email);
    browser.submit("link-request-form:send");
    String token = linkToken(Fixture.awaitMail(email, LINK_SUBJECT, MAIL_WAIT));
    browser.open("mijn-gegevens.xhtml?token=" + token);
    browser.submit("open-form:open");
    assertThat(browser.has("own-data")).isTrue();
    return token;
  }

  static String linkToken(MimeMessage mail) {
    Matcher link = SELF_SERVICE_LINK.matcher(MailBox.textOf(mail));
    assertThat(link.find()).as("self-service link in the mail").isTrue();
    return link.group(1);
  }

  /** Participants made over the public API, and what the test run's mail server and store hold. */
  static final class Fixture {

    private static final Pattern CONFIRMATION_LINK =
        Pattern.compile("bevestigen\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private Fixture() {}

    /**
     * Registers a participant at Brink 12 with this postcode (SMS and e-mail) and confirms by the
     * link in the mail; returns the e-mail address.
     */
    static String activeParticipant(URL base, String name, String postcode) {
      String email = RegistrationApiIT.uniqueEmail();
      activate(
          base,
          RegistrationApiIT.registration(email, RegistrationApiIT.uniqueMobile(), postcode)
              .add("name", name)
              .build());
      return email;
    }

    /** Registers this participant over the public API and confirms by the link in the mail. */
    static void activate(URL base, JsonObject registration) {
      String email = registration.getString("email");
      assertThat(RegistrationApiIT.post(base, registration).statusCode()).isEqualTo(201);
      Matcher link =
          CONFIRMATION_LINK.matcher(MailBox.textOf(MailBox.awaitMessageTo(email, MAIL_WAIT)));
      assertThat(link.find()).as("confirmation link").isTrue();
      try (Browser browser = new Browser(base)) {
        browser.open("bevestigen.xhtml?token=" + link.group(1));
        browser.submit("confirmation-form:confirm");
        assertThat(browser.has("confirmation-done")).isTrue();
      }
    }

    static MimeMessage awaitMail(String address, String subject, Duration timeout) {
      return awaitMails(address, subject, 1, timeout).get(0);
    }

    /** Waits until at least {@code count} mails with this subject reached the address. */
    static List<MimeMessage> awaitMails(
        String address, String subject, int count, Duration timeout) {
      Instant deadline = Instant.now().plus(timeout);
      List<MimeMessage> found = mailsTo(address, subject);
      while (found.size() < count && Instant.now().isBefore(deadline)) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        found = mailsTo(address, subject);
      }
      assertThat(found)
          .as("mails '" + subject + "' to " + address)
          .hasSizeGreaterThanOrEqualTo(count);
      return found;
    }

    static List<MimeMessage> mailsTo(String address, String subject) {
      List<MimeMessage> found = new ArrayList<>();
      for (MimeMessage message : LocalPeersForTests.peers().mailServer().getReceivedMessages()) {
        if (subject.equals(MailBox.subjectOf(message)) && isTo(message, address)) {
          found.add(message);
        }
      }
      return found;
    }

    private static boolean isTo(MimeMessage message, String address) {
      try {
        return Optional.ofNullable(message.getRecipients(Message.RecipientType.TO)).stream()
            .flatMap(Arrays::stream)
            .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }

    /** One column of the participant with this e-mail address, as text. */
    static String value(String email, String column) {
      return query("SELECT " + column + " FROM participant WHERE email = ?", email).get(0);
    }

    static List<String> channels(String email) {
      return query(
          "SELECT c.channel FROM participant_channel c JOIN participant p"
              + " ON p.id = c.participant_id WHERE p.email = ?",
          email);
    }

    /** Lets every unused link of the participant expire, as if half an hour had passed. */
    static void expireLinks(String email) {
      update(
          "UPDATE self_service_token SET expires_at = TIMESTAMPADD(MINUTE, -1, UTC_TIMESTAMP(3))"
              + " WHERE kind = 'LINK' AND used_at IS NULL AND participant_id ="
              + " (SELECT id FROM participant WHERE email = ?)",
          email);
    }

    static List<String> query(String sql, String parameter) {
      try (Connection connection = connect();
          PreparedStatement query = connection.prepareStatement(sql)) {
        query.setString(1, parameter);
        try (ResultSet rows = query.executeQuery()) {
          List<String> values = new ArrayList<>();
          while (rows.next()) {
            values.add(rows.getString(1));
          }
          return values;
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    static void update(String sql, String parameter) {
      try (Connection connection = connect();
          PreparedStatement update = connection.prepareStatement(sql)) {
        update.setString(1, parameter);
        update.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private static Connection connect() throws SQLException {
      return DriverManager.getConnection(
          LocalPeersForTests.peers().database().jdbcUrl(),
          LocalDatabase.USER,
          LocalDatabase.PASSWORD);
    }
  }
}

package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.burgernet.launcher.PayaraMicroProcess;
import nl.burgernet.localpeers.FreePort;
import nl.burgernet.localpeers.LocalDatabase;
import nl.burgernet.localpeers.LocalPeers;
import nl.burgernet.localpeers.LocalPeersSettings;
import nl.burgernet.localpeers.SubmittedSms;
import org.apache.activemq.artemis.core.postoffice.impl.LocalQueueBinding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost when the application server dies mid-send or the broker restarts: every recipient
 * ends in a final state, and a recipient gets a message twice at most when the crash fell between
 * the gateway's answer and the recording of it. A Burgernetmail planned before the server died goes
 * out at its time after the restart, once.
 *
 * <p>Payara Micro is started, killed (SIGKILL) and restarted by the test itself, as the launcher
 * does, against peers of its own: Arquillian cannot survive its server being killed.
 */
class DeliveryCrashIT {

  private static final Logger LOG = Logger.getLogger(DeliveryCrashIT.class.getName());

  private static final String ADMINISTRATOR = "beheerder";

  /**
   * What a crash can send again: normal-priority SMS have 2 consumers (NormalSmsChunkListener's
   * maxSession in ejb-jar.xml); each records its outcomes every 50 sends (ChunkSender's checkpoint)
   * and has up to 10 SMS in flight (burgernet.delivery.in-flight), so besides the 50 at most 10 may
   * have completed since its last check and 10 more be on their way. Before the sends went in the
   * background it was 2 * (50 + 1): one SMS in flight per consumer.
   */
  private static final int IN_FLIGHT_WINDOW = 2 * (50 + 10 + 10);

  private static final Duration SEND_TIMEOUT = Duration.ofMinutes(5);

  private static Path dataDir;
  private static LocalPeers peers;
  private static PayaraMicroProcess micro;
  private static int httpPort;
  private static int starts;

  @BeforeAll
  static void startPeersAndServer() throws Exception {
    dataDir =
        Files.createDirectories(
            Path.of(System.getProperty("burgernet.peers.dir"), "crash-" + System.nanoTime()));
    peers = LocalPeers.start(LocalPeersSettings.withFreePorts(dataDir.resolve("peers")));
    httpPort = FreePort.resolve(0);
    startServer();
  }

  @AfterAll
  static void stopAll() {
    if (micro != null) {
      micro.stop();
    }
    if (peers != null) {
      peers.close();
    }
  }

  @Test
  void a_server_killed_mid_send_leaves_no_recipient_without_a_final_state() throws Exception {
    String text = "Burgernet servicebericht: test na een crash.";
    Map<Long, String> recipients = seedParticipants("810", 10_000);
    long request = sendServiceMessage("crash-kill", text, recipients.keySet());
    await(() -> submitted(text).size() >= 2_000, "2,000 SMS at the SMSC");

    micro.kill();
    int beforeCrash = submitted(text).size();
    LOG.info(() -> "Payara Micro killed after " + beforeCrash + " of 10,000 SMS");
    assertThat(beforeCrash).as("the kill fell in the middle of the send").isLessThan(10_000);
    startServer();

    assertEveryRecipientReached(request, text, recipients);
  }

  @Test
  void a_broker_restarted_mid_send_leaves_no_recipient_without_a_final_state() throws Exception {
    String text = "Burgernet servicebericht: test na een herstart van de broker.";
    Map<Long, String> recipients = seedParticipants("820", 3_000);
    long request = sendServiceMessage("crash-broker", text, recipients.keySet());
    await(() -> submitted(text).size() >= 500, "500 SMS at the SMSC");

    peers.broker().stop();
    Thread.sleep(5_000);
    peers.broker().start();

    assertEveryRecipientReached(request, text, recipients);
  }

  @Test
  void a_mail_planned_before_the_server_died_goes_out_on_time_after_the_restart() throws Exception {
    String subject = "Herstarttest: sluit uw deur";
    List<String> readers = seedMailReaders("830", 3);
    long mail = planMail(subject, Duration.ofSeconds(60));

    micro.kill();
    startServer();
    String back = databaseNow();

    await(() -> "SENT".equals(mailColumn(mail, "status")), "the planned mail to be sent");
    double late =
        Double.parseDouble(
            mailColumn(
                mail,
                "TIMESTAMPDIFF(MICROSECOND, GREATEST(send_at, '" + back + "'), sent_at) / 1e6"));
    assertThat(late)
        .as("seconds after its time, or after the server was back if that was later")
        .isBetween(0.0, 20.0);
    await(() -> mailsWith(subject).size() == readers.size(), "a mail for every reader");
    assertThat(mailsWith(subject)).containsExactlyInAnyOrderElementsOf(readers);
  }

  private static void assertEveryRecipientReached(
      long request, String text, Map<Long, String> recipients) throws InterruptedException {
    await(
        () -> "FINISHED".equals(progress(request).getString("state")),
        () -> "the request to finish; it is " + progress(request) + "; " + queues());
    JsonObject channel = progress(request).getJsonArray("channels").getJsonObject(0);
    JsonObject counts = channel.getJsonObject("counts");
    assertThat(channel.getString("channel")).isEqualTo("SMS");
    assertThat(counts.getInt("SENT") + counts.getInt("DELIVERED"))
        .as("sent or delivered")
        .isEqualTo(recipients.size());

    Map<String, Long> perNumber =
        submitted(text).stream()
            .collect(
                Collectors.groupingBy(sms -> digits(sms.destination()), Collectors.counting()));
    List<String> missing =
        recipients.values().stream()
            .map(DeliveryCrashIT::digits)
            .filter(number -> !perNumber.containsKey(number))
            .toList();
    assertThat(missing).as("numbers the SMSC never got").isEmpty();
    long twice = perNumber.values().stream().mapToLong(count -> count - 1).sum();
    LOG.info(() -> recipients.size() + " recipients reached; " + twice + " of them twice");
    assertThat(twice).as("messages sent again").isLessThanOrEqualTo(IN_FLIGHT_WINDOW);
  }

  private static void startServer() throws InterruptedException {
    Map<String, String> environment = new LinkedHashMap<>(peers.environment());
    environment.put("BURGERNET_DEMO_DATA", "true");
    environment.put("BURGERNET_PUBLIC_BASE_URL", "http://localhost:" + httpPort);
    // 10,000 SMS take ten seconds: long enough to kill the server in the middle
    environment.put("BURGERNET_DELIVERY_SMS_RATE_PER_SECOND", "1000");
    Path log = dataDir.resolve("micro-" + ++starts + ".log");
    micro =
        PayaraMicroProcess.start(
            Path.of(System.getProperty("burgernet.runtime.dir")),
            httpPort,
            environment,
            List.of(),
            ProcessBuilder.Redirect.appendTo(log.toFile()));
    assertThat(micro.awaitReady()).as("Payara Micro started; its log is " + log).isTrue();
  }

  /** Active participants in Utrecht who want SMS, numbers {@code +3164<prefix><nnnn>}. */
  private static Map<Long, String> seedParticipants(String prefix, int count) {
    String digits =
        "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"
            + " UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7"
            + " UNION ALL SELECT 8 UNION ALL SELECT 9)";
    try (Connection db = connect()) {
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO participant (reference, name, mobile, home_postcode, home_house_number,"
                  + " home_municipality_id, year_of_birth, source, consent_at, registered_at,"
                  + " status, status_changed_at, scope_region_id, scope_municipality_id,"
                  + " unsubscribe_token)"
                  + " SELECT UUID(), CONCAT('Crashtest ', n), CONCAT('+3164', ?, LPAD(n, 4, '0')),"
                  + " '3511AB', n + 1, m.id, 1980, 'IMPORT', NOW(3), NOW(3), 'ACTIVE', NOW(3),"
                  + " m.region_id, m.id, LEFT(SHA2(CONCAT(?, n), 256), 43)"
                  + " FROM (SELECT a.d * 1000 + b.d * 100 + c.d * 10 + e.d AS n FROM "
                  + digits
                  + " a, "
                  + digits
                  + " b, "
                  + digits
                  + " c, "
                  + digits
                  + " e) numbers, municipality m WHERE m.name = 'Utrecht' AND n < ?")) {
        insert.setString(1, prefix);
        insert.setString(2, prefix);
        insert.setInt(3, count);
        assertThat(insert.executeUpdate()).isEqualTo(count);
      }
      try (PreparedStatement channels =
          db.prepareStatement(
              "INSERT INTO participant_channel (participant_id, channel)"
                  + " SELECT id, 'SMS' FROM participant WHERE mobile LIKE ?")) {
        channels.setString(1, "+3164" + prefix + "%");
        channels.executeUpdate();
      }
      Map<Long, String> recipients = new LinkedHashMap<>();
      try (PreparedStatement query =
          db.prepareStatement("SELECT id, mobile FROM participant WHERE mobile LIKE ?")) {
        query.setString(1, "+3164" + prefix + "%");
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            recipients.put(rows.getLong(1), rows.getString(2));
          }
        }
      }
      assertThat(recipients).hasSize(count);
      return recipients;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Active participants in Utrecht who want e-mail, {@code lezer-<prefix>-<n>@burgernet.test}. */
  private static List<String> seedMailReaders(String prefix, int count) throws SQLException {
    List<String> addresses = new ArrayList<>();
    try (Connection db = connect();
        PreparedStatement reader =
            db.prepareStatement(
                "INSERT INTO participant (reference, name, email, home_postcode,"
                    + " home_house_number, home_municipality_id, year_of_birth, source,"
                    + " consent_at, registered_at, status, status_changed_at, scope_region_id,"
                    + " scope_municipality_id, unsubscribe_token)"
                    + " SELECT UUID(), ?, ?, '3511AB', ?, m.id, 1980, 'CARD', NOW(3), NOW(3),"
                    + " 'ACTIVE', NOW(3), m.region_id, m.id, LEFT(SHA2(?, 256), 43)"
                    + " FROM municipality m WHERE m.name = 'Utrecht'");
        PreparedStatement channel =
            db.prepareStatement(
                "INSERT INTO participant_channel (participant_id, channel)"
                    + " SELECT id, 'EMAIL' FROM participant WHERE email = ?")) {
      for (int n = 0; n < count; n++) {
        String address = "lezer-" + prefix + "-" + n + "@burgernet.test";
        reader.setString(1, "Lezer " + prefix + "-" + n);
        reader.setString(2, address);
        reader.setInt(3, n + 1);
        reader.setString(4, address);
        reader.executeUpdate();
        channel.setString(1, address);
        channel.executeUpdate();
        addresses.add(address);
      }
    }
    return addresses;
  }

  /**
   * A prevention mail of the municipality of Utrecht, approved and planned the given time from now,
   * as the ambassador's "plan" leaves it in the store.
   */
  private static long planMail(String subject, Duration ahead) throws SQLException {
    try (Connection db = connect();
        PreparedStatement plan =
            db.prepareStatement(
                "INSERT INTO burgernet_mail (kind, origin, status, subject, body_html, body_text,"
                    + " target_municipality_id, author, created_at, updated_at, approved_by,"
                    + " send_at, scope_region_id, scope_municipality_id)"
                    + " SELECT 'PREVENTION', 'MUNICIPALITY', 'SCHEDULED', ?,"
                    + " '<p>Beste {{naam}},</p><p>Sluit uw deur.</p>', 'Beste {{naam}},', m.id,"
                    + " 'ambassadeur', NOW(3), NOW(3), 'ambassadeur',"
                    + " NOW(3) + INTERVAL ? SECOND, m.region_id, m.id"
                    + " FROM municipality m WHERE m.name = 'Utrecht'",
                Statement.RETURN_GENERATED_KEYS)) {
      plan.setString(1, subject);
      plan.setLong(2, ahead.toSeconds());
      plan.executeUpdate();
      try (ResultSet key = plan.getGeneratedKeys()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  /** A column (or expression over the columns) of the mail, as text. */
  private static String mailColumn(long mail, String expression) {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement("SELECT " + expression + " FROM burgernet_mail WHERE id = ?")) {
      query.setLong(1, mail);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The database's time now, in UTC, as SQL takes it back. */
  private static String databaseNow() throws SQLException {
    try (Connection db = connect();
        Statement statement = db.createStatement();
        ResultSet now = statement.executeQuery("SELECT CAST(NOW(3) AS CHAR)")) {
      now.next();
      return now.getString(1);
    }
  }

  /** The recipients of the mails with the subject at the local mail server. */
  private static List<String> mailsWith(String subject) {
    List<String> recipients = new ArrayList<>();
    try {
      for (MimeMessage message : peers.mailServer().getReceivedMessages()) {
        if (subject.equals(message.getSubject())) {
          recipients.add(message.getAllRecipients()[0].toString());
        }
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return recipients;
  }

  private static long sendServiceMessage(String key, String text, Iterable<Long> participants) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    participants.forEach(ids::add);
    String body =
        Json.createObjectBuilder()
            .add("idempotencyKey", key)
            .add("description", "Crashtest " + key)
            .add("smsText", text)
            .add("participantIds", ids)
            .build()
            .toString();
    HttpResponse<String> response = api().post("send-requests", body, ADMINISTRATOR, DEMO_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return StaffApi.object(response).getJsonNumber("id").longValue();
  }

  private static JsonObject progress(long request) {
    HttpResponse<String> response =
        api().get("send-requests/" + request, ADMINISTRATOR, DEMO_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StaffApi.object(response);
  }

  private static List<SubmittedSms> submitted(String text) {
    return peers.smsc().submitted().stream().filter(sms -> sms.text().equals(text)).toList();
  }

  private static StaffApi api() {
    try {
      return new StaffApi(URI.create("http://localhost:" + httpPort + "/").toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A connection whose session, like the application's, keeps times in UTC. */
  private static Connection connect() throws SQLException {
    Connection connection =
        DriverManager.getConnection(
            peers.database().jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD);
    try (Statement utc = connection.createStatement()) {
      utc.execute("SET time_zone = '+00:00'");
    }
    return connection;
  }

  private static String digits(String number) {
    return number.replace("+", "");
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    await(condition, () -> what);
  }

  private static void await(BooleanSupplier condition, Supplier<String> what)
      throws InterruptedException {
    long deadline = System.nanoTime() + SEND_TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited in vain for " + what.get());
      }
      Thread.sleep(200);
    }
  }

  /** Messages and consumers per queue at the broker, to tell a stuck consumer from a lost chunk. */
  private static String queues() {
    return peers
        .broker()
        .server()
        .getPostOffice()
        .getAllBindings()
        .filter(binding -> binding instanceof LocalQueueBinding)
        .map(binding -> ((LocalQueueBinding) binding).getQueue())
        .map(
            queue ->
                queue.getName()
                    + ": "
                    + queue.getMessageCount()
                    + " messages, "
                    + queue.getConsumerCount()
                    + " consumers")
        .collect(Collectors.joining("; "));
  }
}

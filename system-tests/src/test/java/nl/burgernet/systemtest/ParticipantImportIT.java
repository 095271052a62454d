package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.burgernet.localpeers.LocalDatabase;
import nl.burgernet.participant.boundary.ParticipantImports;
import nl.burgernet.participant.control.ImportJobs;
import nl.burgernet.participant.control.ImportRunner;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeContext;
import nl.burgernet.security.entity.Scope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The relation manager of Deventer imports a CSV file of participants over the API: every row is
 * taken through the registration rules and routing, and the report names what became of each row
 * and why a refused row was refused; a row that only lacks something a call can complete lands on
 * the importer's call-back list. Imports of another unit are not found; an import left behind by a
 * server that stopped is continued from its checkpoint by another, without doubling rows.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantImportIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final String HEADER =
      "naam;mobiel;vast;email;postcode;huisnummer;toevoeging;straat;plaats;geboortejaar;kanalen;"
          + "bron;aangemeld_op\n";

  /** rij;"uitkomst";kolom;"reden";deelnemer */
  private static final Pattern REPORT_LINE =
      Pattern.compile("^(\\d+);\"([^\"]*)\";([^;]*);\"((?:[^\"]|\"\")*)\";(\\d*)$");

  @Deployment
  static WebArchive deployment() {
    return RelationManagerFixture.addTo(Deployments.burgernet(ParticipantImportIT.class));
  }

  @ArquillianResource private URL base;

  @EJB private RelationManagerFixture relationManager;

  @Inject private ParticipantImports imports;

  @Inject private ReferenceData referenceData;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  @Test
  @RunAsClient
  void every_row_gets_the_rules_of_a_registration_and_the_report_says_what_became_of_it()
      throws Exception {
    String existingMobile = RegistrationApiIT.uniqueMobile();
    assertThat(
            RegistrationApiIT.post(
                    base,
                    RegistrationApiIT.registration(
                            RegistrationApiIT.uniqueEmail(), existingMobile, "7411 AA")
                        .build())
                .statusCode())
        .isEqualTo(201);
    String email = RegistrationApiIT.uniqueEmail();
    String mobile = RegistrationApiIT.uniqueMobile();
    String olgasMobile = unique();
    String file =
        HEADER
            + row("Anna d'Öztürk-Kaart", mobile, email, "7411 AA", "Brink", "1980", "sms email")
            + row("Bert Nummer", "0612", uniqueEmail(), "7411 AA", "Brink", "1980", "")
            + row("Carla Jong", unique(), "", "7411 AA", "Brink", "2020", "")
            + row("D".repeat(200), unique(), "", "7411 AA", "Brink", "1980", "")
            + row("<script>alert(1)</script>", unique(), "", "7411 AA", "Brink", "1980", "")
            + row("Frits Elders", unique(), "", "3011 AB", "Coolsingel", "1980", "")
            + row("Gerda Onbekend", unique(), "", "7499 ZZ", "Nergens", "1980", "")
            + row("Hans Dubbel", unique(), email, "7412 AA", "Brink", "1980", "")
            + row("Ingrid Bekend", existingMobile, "", "7413 AA", "Brink", "1980", "")
            + "Jan Tekst;"
            + unique()
            + ";;;7411 AA;twaalf;;Brink;Deventer;1980;;;\n"
            + "Karel Kort;"
            + unique()
            + "\n"
            + row("Lies Post", unique(), "geen-adres", "7411 AA", "Brink", "1980", "")
            + row("Mark Code", unique(), "", "ABCD", "Brink", "1980", "")
            + row("Nina Niets", "", "", "7411 AA", "Brink", "1980", "")
            + row("Otto Fax", unique(), "", "7411 AA", "Brink", "1980", "fax")
            + "Olga Zonder;"
            + olgasMobile
            + ";;;7411 AA;;;Brink;Deventer;1980;;kaart;2024-03-01\n";

    HttpResponse<String> created = postCsv(file, "relatiebeheer");

    assertThat(created.statusCode()).isEqualTo(202);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/api/v1/participant-imports/");
    assertThat(RegistrationApiIT.object(created.body()).getInt("rows")).isEqualTo(16);
    JsonObject done = awaitFinished(location);
    assertThat(done.getInt("processed")).isEqualTo(16);
    assertThat(done.getInt("imported")).isEqualTo(4);
    assertThat(done.getInt("callBack")).isEqualTo(2);
    assertThat(done.getInt("refused")).isEqualTo(10);
    assertThat(done.getString("state")).isEqualTo("FINISHED");

    HttpResponse<String> report = get(location + "/report", "relatiebeheer");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    Map<Integer, String[]> lines = lines(report.body());
    assertThat(lines).hasSize(16);
    assertThat(lines.get(1)[0]).isIn("geïmporteerd", "wacht op goedkeuring");
    assertRefused(lines.get(2), "mobiel", "Dit is geen geldig mobiel nummer");
    assertRefused(lines.get(3), "", "U kunt deelnemen vanaf het jaar waarin u 16 wordt.");
    assertRefused(lines.get(4), "naam", "Een naam heeft maximaal 120 tekens.");
    assertRefused(lines.get(5), "naam", "Gebruik alleen letters, cijfers, spaties");
    assertRefused(lines.get(6), "postcode", "Dit adres ligt in Rotterdam, buiten uw werkgebied.");
    assertThat(lines.get(7)).startsWith("verificatiebak", "", "Adres niet gevonden");
    assertThat(lines.get(8))
        .startsWith("quarantainebak", "", "E-mailadres komt al voor in rij 1 van dit bestand");
    assertThat(lines.get(9)).startsWith("quarantainebak", "", "Telefoonnummer komt al voor");
    assertRefused(lines.get(10), "huisnummer", "Een huisnummer is een getal");
    assertRefused(lines.get(11), "", "De rij heeft niet evenveel velden als de kopregel");
    assertRefused(lines.get(12), "email", "Dit is geen geldig e-mailadres");
    assertRefused(lines.get(13), "postcode", "Dit is geen geldige postcode");
    assertCalledBack(lines.get(14), "", "ontbreekt: mobiel, vast of email");
    assertRefused(lines.get(15), "kanalen", "Onbekend kanaal \"\"fax\"\"");
    assertCalledBack(lines.get(16), "huisnummer", "ontbreekt: huisnummer");
    for (int row : List.of(1, 7, 8, 9)) {
      assertThat(lines.get(row)[3]).as("participant of row " + row).isNotEmpty();
    }

    long anna = Long.parseLong(lines.get(1)[3]);
    assertThat(
            fromDatabase("SELECT CONCAT_WS('|', name, source) FROM participant WHERE id = " + anna))
        .as("written as the file spelled it, accents and apostrophe included")
        .containsExactly("Anna d'Öztürk-Kaart|CARD");
    assertThat(
            fromDatabase(
                "SELECT channel FROM participant_channel WHERE participant_id = "
                    + anna
                    + " ORDER BY channel"))
        .containsExactly("EMAIL", "SMS");
    assertThat(
            fromDatabase(
                "SELECT scope_municipality_id FROM participant WHERE id = "
                    + lines.get(7)[3]
                    + " AND status = 'VERIFICATION'"))
        .as("an address not found waits in the importer's verification queue")
        .containsExactlyElementsOf(
            fromDatabase("SELECT id FROM municipality WHERE cbs_code = 'GM0150'"));
  }

  @Test
  @RunAsClient
  void an_incomplete_row_lands_on_the_call_back_list_of_the_importer_with_what_it_lacks()
      throws Exception {
    String mobile = unique();
    String file =
        HEADER
            + "Piet Zonder Huisnummer;"
            + mobile
            + ";;;7411 AA;;;Brink;Deventer;1975;;kaart;2024-03-01\n"
            + "Riet Onbereikbaar;;;;7411 AA;8;;Brink;Deventer;1975;;kaart;2024-03-01\n";

    String location = postCsv(file, "relatiebeheer").headers().firstValue("Location").orElseThrow();
    JsonObject done = awaitFinished(location);
    long importId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

    assertThat(done.getInt("callBack")).isEqualTo(2);
    assertThat(done.getInt("imported")).isZero();
    assertThat(done.getInt("refused")).isZero();
    assertThat(
            fromDatabase(
                "SELECT CONCAT_WS('|', c.name, COALESCE(c.phone, '-'), COALESCE(c.address, '-'),"
                    + " c.missing, c.status, c.entered_by, m.cbs_code)"
                    + " FROM registration_card c JOIN municipality m"
                    + " ON m.id = c.scope_municipality_id"
                    + " WHERE c.missing LIKE '%(import "
                    + importId
                    + ", rij _)' ORDER BY c.id"))
        .as("on the call-back list of the importer's municipality, as an incomplete paper card")
        .containsExactly(
            "Piet Zonder Huisnummer|"
                + mobile
                + "|7411 AA Brink Deventer|ontbreekt: huisnummer (import "
                + importId
                + ", rij 1)|CALL_BACK|relatiebeheer|GM0150",
            "Riet Onbereikbaar|-|7411 AA 8 Brink Deventer|ontbreekt: mobiel, vast of email (import "
                + importId
                + ", rij 2)|CALL_BACK|relatiebeheer|GM0150");
    assertThat(fromDatabase("SELECT COUNT(*) FROM participant WHERE mobile = '" + mobile + "'"))
        .as("no participant until the call completes the card")
        .containsExactly("0");
  }

  @Test
  @RunAsClient
  void a_file_that_cannot_be_read_as_a_whole_is_refused_at_once_in_dutch() throws Exception {
    HttpResponse<String> refused = postCsv("naam;postcode\nJan;7411 AA\n", "relatiebeheer");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(refused.body()).contains("De verplichte kolom \\\"huisnummer\\\" ontbreekt");
  }

  @Test
  @RunAsClient
  void only_relation_managers_import() throws Exception {
    assertThat(postCsv(HEADER, "ambassadeur").statusCode()).isEqualTo(403);
  }

  @Test
  void an_import_of_another_unit_is_not_found_over_the_api() throws Exception {
    long rotterdamImport =
        relationManager.run(
            () ->
                ScopeContext.actingAs(
                    municipalScope("GM0599"),
                    () ->
                        imports
                            .upload("rotterdam.csv", (HEADER).getBytes(StandardCharsets.UTF_8))
                            .getId()));

    String path = base + "api/v1/participant-imports/" + rotterdamImport;
    HttpResponse<String> progress = get(path, "relatiebeheer");
    HttpResponse<String> report = get(path + "/report", "relatiebeheer");

    assertThat(progress.statusCode()).isEqualTo(404);
    assertThat(report.statusCode()).isEqualTo(404);
    assertThat(progress.body()).doesNotContain("rotterdam.csv");
  }

  @Test
  @RunAsClient
  void an_import_of_several_batches_writes_every_row_once_and_names_an_earlier_batchs_row()
      throws Exception {
    int rows = ImportRunner.BATCH * 2 + ImportRunner.BATCH / 2;
    String marker = "batches-" + UUID.randomUUID().toString().substring(0, 8);
    String firstEmail = marker + "-1@burgernet.test";
    // consecutive numbers: random ones would now and then repeat within so many rows
    int firstMobile = ThreadLocalRandom.current().nextInt(10_000_000 - rows);
    StringBuilder file = new StringBuilder(HEADER);
    for (int row = 1; row < rows; row++) {
      file.append(
          row(
              "Reeks Deelnemer",
              mobile(firstMobile + row),
              marker + "-" + row + "@burgernet.test",
              "7411 AA",
              "Brink",
              "1980",
              ""));
    }
    file.append(
        row(
            "Reeks Dubbel",
            mobile(firstMobile + rows),
            firstEmail,
            "7411 AA",
            "Brink",
            "1980",
            ""));

    HttpResponse<String> created = postCsv(file.toString(), "relatiebeheer");
    JsonObject done = awaitFinished(created.headers().firstValue("Location").orElseThrow());

    assertThat(done.getInt("processed")).isEqualTo(rows);
    Map<Integer, String[]> lines =
        lines(
            get(created.headers().firstValue("Location").orElseThrow() + "/report", "relatiebeheer")
                .body());
    assertThat(lines.keySet())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, rows).boxed().toList());
    assertThat(lines.values().stream().map(line -> line[3]).distinct())
        .as("a participant for every row, each written once")
        .hasSize(rows)
        .doesNotContain("");
    assertThat(fromDatabase("SELECT COUNT(*) FROM participant WHERE email LIKE '" + marker + "-%'"))
        .containsExactly(String.valueOf(rows));
    assertThat(lines.get(rows))
        .startsWith("quarantainebak", "", "E-mailadres komt al voor in rij 1 van dit bestand");
  }

  @Test
  void an_import_left_running_by_a_stopped_server_continues_from_its_checkpoint() throws Exception {
    Scope deventer = municipalScope("GM0150");
    List<String> emails = List.of(uniqueEmail(), uniqueEmail(), uniqueEmail(), uniqueEmail());
    StringBuilder file = new StringBuilder(HEADER);
    for (String email : emails) {
      file.append(row("Hervat Test", unique(), email, "7411 AA", "Brink", "1980", ""));
    }
    byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);
    long stillHeld = leftBehind(content, deventer, Instant.now().plus(Duration.ofHours(1)));
    long lapsed = leftBehind(content, deventer, Instant.now().minusSeconds(1));

    awaitState(lapsed, "FINISHED");

    assertThat(
            fromDatabase(
                "SELECT processed_rows, imported_rows FROM participant_import"
                    + " WHERE id = "
                    + lapsed))
        .containsExactly("4", "4");
    assertThat(
            fromDatabase(
                "SELECT CONCAT(file_row, ':', COALESCE(participant_id, '-'))"
                    + " FROM participant_import_row WHERE import_id = "
                    + lapsed
                    + " ORDER BY file_row"))
        .hasSize(4)
        .startsWith("1:-", "2:-")
        .noneMatch(line -> line.startsWith("3:-") || line.startsWith("4:-"));
    assertThat(countWithEmail(emails.get(0)) + countWithEmail(emails.get(1)))
        .as("rows before the checkpoint are not written again")
        .isZero();
    assertThat(countWithEmail(emails.get(2))).isEqualTo(1);
    assertThat(countWithEmail(emails.get(3))).isEqualTo(1);
    assertThat(
            fromDatabase(
                "SELECT state, processed_rows FROM participant_import WHERE id = " + stillHeld))
        .as("an import whose lease still holds is left to its runner")
        .containsExactly("RUNNING", "2");
    execute("DELETE FROM participant_import WHERE id = " + stillHeld);
  }

  /**
   * An import as a server leaves it when it stops after its first batch: rows 1 and 2 written (here
   * only their report lines), the checkpoint at 2, the lease held until the given moment.
   */
  private long leftBehind(byte[] content, Scope scope, Instant claimedUntil) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      long id;
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO participant_import (file_name, content, state, total_rows,"
                  + " processed_rows, imported_rows, created_by, created_at, started_at,"
                  + " claimed_by, claimed_until, scope_region_id, scope_municipality_id)"
                  + " VALUES ('hervatten.csv', ?, 'RUNNING', 4, 2, 2, 'relatiebeheer', ?, ?,"
                  + " 'gestopte-server', ?, ?, ?)",
              PreparedStatement.RETURN_GENERATED_KEYS)) {
        Timestamp now = Timestamp.from(Instant.now());
        insert.setBytes(1, ImportJobs.compress(content));
        insert.setTimestamp(2, now);
        insert.setTimestamp(3, now);
        insert.setTimestamp(4, Timestamp.from(claimedUntil));
        insert.setLong(5, scope.regionId());
        insert.setLong(6, scope.municipalityId());
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      try (PreparedStatement lines =
          connection.prepareStatement(
              "INSERT INTO participant_import_row (import_id, file_row, outcome)"
                  + " VALUES (?, ?, 'IMPORTED')")) {
        for (int row = 1; row <= 2; row++) {
          lines.setLong(1, id);
          lines.setInt(2, row);
          lines.addBatch();
        }
        lines.executeBatch();
      }
      connection.commit();
      return id;
    }
  }

  private void awaitState(long importId, String state) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (fromDatabase("SELECT state FROM participant_import WHERE id = " + importId)
          .contains(state)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("import " + importId + " did not reach " + state);
  }

  private long countWithEmail(String email) throws SQLException {
    try (Connection connection = connection();
        PreparedStatement query =
            connection.prepareStatement("SELECT COUNT(*) FROM participant WHERE email = ?")) {
      query.setString(1, email);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private Scope municipalScope(String cbsCode) {
    Municipality municipality =
        ScopeContext.actingAs(Scope.national(), referenceData::municipalities).stream()
            .filter(m -> m.getCbsCode().equals(cbsCode))
            .findFirst()
            .orElseThrow();
    return Scope.municipality(municipality.getRegion().getId(), municipality.getId());
  }

  private static void assertCalledBack(String[] line, String column, String lacking) {
    assertThat(line[0]).isEqualTo("terugbellijst");
    assertThat(line[1]).isEqualTo(column);
    assertThat(line[2]).contains("op de terugbellijst gezet").contains(lacking);
    assertThat(line[3]).isEmpty();
  }

  private static void assertRefused(String[] line, String column, String reason) {
    assertThat(line[0]).isEqualTo("geweigerd");
    assertThat(line[1]).isEqualTo(column);
    assertThat(line[2]).contains(reason);
    assertThat(line[3]).isEmpty();
  }

  /** The report's lines by row number: outcome, column, reason, participant id. */
  private static Map<Integer, String[]> lines(String csv) {
    String[] rows = csv.split("\r\n");
    assertThat(rows[0]).isEqualTo("rij;uitkomst;kolom;reden;deelnemer");
    Map<Integer, String[]> lines = new LinkedHashMap<>();
    for (int i = 1; i < rows.length; i++) {
      Matcher line = REPORT_LINE.matcher(rows[i]);
      assertThat(line.matches()).as(rows[i]).isTrue();
      lines.put(
          Integer.parseInt(line.group(1)),
          new String[] {line.group(2), line.group(3), line.group(4), line.group(5)});
    }
    return lines;
  }

  private static String row(
      String name,
      String mobile,
      String email,
      String postcode,
      String street,
      String yearOfBirth,
      String channels) {
    return String.join(
            ";",
            name,
            mobile,
            "",
            email,
            postcode,
            "12",
            "",
            street,
            "Deventer",
            yearOfBirth,
            channels,
            "kaart",
            "2024-03-01")
        + "\n";
  }

  /** A mobile number no other test uses (RegistrationApiIT's helper is not in the deployment). */
  private static String unique() {
    return mobile(ThreadLocalRandom.current().nextInt(10_000_000));
  }

  private static String mobile(int number) {
    return "+3162" + String.format("%07d", number);
  }

  private static String uniqueEmail() {
    return "import-" + UUID.randomUUID() + "@burgernet.test";
  }

  private JsonObject awaitFinished(String location) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      JsonObject progress = RegistrationApiIT.object(get(location, "relatiebeheer").body());
      if (!List.of("QUEUED", "RUNNING").contains(progress.getString("state"))) {
        return progress;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the import did not finish: " + location);
  }

  private HttpResponse<String> postCsv(String csv, String username) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/participant-imports"))
            .header("Content-Type", "text/csv; charset=UTF-8")
            .header("X-File-Name", "deelnemers.csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)),
        username);
  }

  private static HttpResponse<String> get(String url, String username) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "*/*").GET(), username);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String username)
      throws IOException, InterruptedException {
    String token = username + ":" + DEMO_PASSWORD;
    return HTTP.send(
        request
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * Inside the container through the application's pool, from the client straight to the test
   * database.
   */
  private Connection connection() throws SQLException {
    if (dataSource != null) {
      return dataSource.getConnection();
    }
    return DriverManager.getConnection(
        LocalPeersForTests.peers().database().jdbcUrl(),
        LocalDatabase.USER,
        LocalDatabase.PASSWORD);
  }

  private List<String> fromDatabase(String sql) throws SQLException {
    try (Connection connection = connection();
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet result = query.executeQuery()) {
      List<String> values = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        for (int column = 1; column <= columns; column++) {
          values.add(result.getString(column));
        }
      }
      return values;
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = connection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }
}

package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static nl.burgernet.systemtest.BenchmarkFigures.format;
import static nl.burgernet.systemtest.BenchmarkFigures.number;
import static nl.burgernet.systemtest.BenchmarkFigures.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.burgernet.localpeers.LocalDatabase;
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
 * The MARAP pages of issue 7 on the full base, run by {@code bin/benchmark}: the 2,000,000
 * synthetic participants of {@link SyntheticParticipants#benchmarkBase} (loaded by {@link
 * ParticipantBase}, shared with the other benchmarks of the run) and 20,000 actions over the last
 * twelve months in every region are loaded straight into the database, the MARAP job counts once,
 * and then a steering-group member of Midden-Nederland opens each MARAP page with HTTP GETs of a
 * logged-in session, as a browser does (the HTML only). The p95 per page is held against 1 s.
 * {@code -Dburgernet.benchmark.marap.participants}, {@code .actions} and {@code .views} make a
 * small smoke run; the figures then say so.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class MarapPageBenchmark {

  private static final int PARTICIPANTS =
      Integer.getInteger("burgernet.benchmark.marap.participants", 2_000_000);
  private static final int ACTIONS =
      Integer.getInteger("burgernet.benchmark.marap.actions", 20_000);
  private static final int VIEWS = Integer.getInteger("burgernet.benchmark.marap.views", 50);
  private static final int WARM_UP = 5;
  private static final double TARGET_MS = 1_000;
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final String ACTION_KEY = "marap-benchmark-";
  private static final String UTRECHT = "GM0344";

  /** The pages, each with the steering group's default view (its region, the last 12 months). */
  private static final Map<String, String> PAGES = new LinkedHashMap<>();

  static {
    PAGES.put("participant base", "portal/marap/deelnemers.xhtml");
    PAGES.put("participant base of a municipality", "portal/marap/deelnemers.xhtml?gemeente=");
    PAGES.put(
        "breakdown of the participants", "portal/marap/uitsplitsing.xhtml?figuur=PARTICIPANTS");
    PAGES.put("breakdown of the new participants", "portal/marap/uitsplitsing.xhtml?figuur=NEW");
    PAGES.put(
        "breakdown of a municipality's SMS participants",
        "portal/marap/uitsplitsing.xhtml?figuur=CHANNEL&categorie=SMS&gemeente=");
    PAGES.put("Burgernetkaart", "portal/marap/kaart.xhtml");
    PAGES.put("actions", "portal/marap/acties.xhtml");
    PAGES.put("actions of a municipality", "portal/marap/acties.xhtml?gemeente=");
    PAGES.put("counted actions of the region in a month", "portal/marap/actielijst.xhtml?van=");
    PAGES.put("Burgernetmail", "portal/marap/burgernetmail.xhtml");
    PAGES.put("helpdesk and complaints", "portal/marap/helpdesk.xhtml");
    PAGES.put("finance", "portal/marap/financien.xhtml");
  }

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  @Order(1)
  void the_participants_and_actions_are_in_the_database() throws SQLException {
    Properties figures =
        ParticipantBase.ofTestRun()
            .loadUnlessPresent(
                SyntheticParticipants.of(SyntheticParticipants.BENCHMARK_SEED, PARTICIPANTS),
                "marap");
    long started = System.nanoTime();
    int loaded = loadActionsUnlessPresent();
    if (loaded > 0) {
      figures.setProperty(
          "marap.actions.load.seconds", format((System.nanoTime() - started) / 1e9));
    }
    figures.setProperty("marap.actions", String.valueOf(actionsInDatabase()));
    BenchmarkData.record(figures);
    assertThat(Long.parseLong(figures.getProperty("marap.participants")))
        .isGreaterThanOrEqualTo(PARTICIPANTS);
    assertThat(actionsInDatabase()).isGreaterThanOrEqualTo(ACTIONS);
  }

  @Test
  @Order(2)
  void the_marap_job_counts_everything_once() throws Exception {
    long started = System.nanoTime();
    // longer than StaffApi's 30 s: the first count reads every participant once
    HttpResponse<String> counted =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("api/v1/marap/participants/count"))
                    .header("Authorization", StaffApi.basic("beheerder", DEMO_PASSWORD))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(counted.statusCode()).isEqualTo(200);
    Properties figures = new Properties();
    figures.setProperty("marap.count.seconds", format(seconds));
    BenchmarkData.record(figures);
  }

  @Test
  @Order(3)
  void a_steering_group_member_opens_each_marap_page() throws Exception {
    Session session = loggedIn("stuurgroep");
    String utrecht = String.valueOf(MarapDatabase.municipalityOf(UTRECHT));
    String month = YearMonth.now(AMSTERDAM).toString();
    Properties figures = new Properties();
    int index = 0;
    for (Map.Entry<String, String> page : PAGES.entrySet()) {
      String path = page.getValue();
      if (path.endsWith("gemeente=")) {
        path += utrecht;
      } else if (path.endsWith("van=")) {
        path += month + "&tot=" + month;
      }
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < WARM_UP + VIEWS; i++) {
        long started = System.nanoTime();
        HttpResponse<String> response =
            session.send(HttpRequest.newBuilder(base.toURI().resolve(path)));
        double took = (System.nanoTime() - started) / 1e6;
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.uri().getPath()).as(path + " without a login").contains("/portal/");
        if (i >= WARM_UP) {
          millis.add(took);
        }
      }
      Collections.sort(millis);
      String key = "marap.page." + index++;
      figures.setProperty(key + ".name", page.getKey());
      figures.setProperty(key + ".path", path);
      figures.setProperty(key + ".count", String.valueOf(millis.size()));
      figures.setProperty(key + ".p50.ms", format(percentile(millis, 50)));
      figures.setProperty(key + ".p95.ms", format(percentile(millis, 95)));
      figures.setProperty(key + ".max.ms", format(millis.get(millis.size() - 1)));
    }
    BenchmarkData.record(figures);
  }

  @Test
  @Order(4)
  void the_figures_are_printed_and_written_to_docs_benchmarks_md() throws IOException {
    Properties figures =
        BenchmarkData.read(Path.of(System.getProperty("burgernet.benchmark.results")));
    report(figures)
        .printAndWriteInto(
            Path.of(System.getProperty("burgernet.benchmark.report")), Instant.now());
  }

  private static BenchmarkReport report(Properties figures) {
    BenchmarkReport report =
        new BenchmarkReport(
            "marap-pages",
            "MARAP pages (issue 7)",
            "`MarapPageBenchmark`: "
                + figures.getProperty("marap.participants", "?")
                + " synthetic participants (`SyntheticParticipants` via `ParticipantBase`) and "
                + figures.getProperty("marap.actions", "?")
                + " actions over the last twelve months, spread over the municipalities by"
                + " chance (straight into the table, without rounds or deliveries: their reach is"
                + " not what a page reads), then one count by the MARAP job"
                + " (`POST /api/v1/marap/participants/count`), then "
                + VIEWS
                + " GETs of each page (after "
                + WARM_UP
                + " not counted) by the steering-group member of Midden-Nederland in one logged-in"
                + " session, the HTML only (no scripts, styles or images), timed around the whole"
                + " HTTP exchange.");
    if (figures.containsKey("marap.load.seconds")) {
      report.row(
          "load of the synthetic participants straight into the database",
          "—",
          figures.getProperty("marap.load.seconds") + " s",
          true);
    }
    report.row(
        "one count of all MARAP figures by the job",
        "—",
        figures.getProperty("marap.count.seconds", "?") + " s",
        true);
    for (int index = 0; figures.containsKey("marap.page." + index + ".name"); index++) {
      String key = "marap.page." + index;
      report.row(
          figures.getProperty(key + ".name")
              + " (`"
              + figures.getProperty(key + ".path")
              + "`): p95 of "
              + figures.getProperty(key + ".count")
              + " (p50 "
              + figures.getProperty(key + ".p50.ms")
              + " ms, max "
              + figures.getProperty(key + ".max.ms")
              + " ms)",
          "< 1 s",
          figures.getProperty(key + ".p95.ms") + " ms",
          number(figures, key + ".p95.ms") < TARGET_MS);
    }
    return report;
  }

  /**
   * A session the user logged in to through the login form, as a browser does: the form's page,
   * then its submit with the page's view state.
   */
  private Session loggedIn(String username) throws Exception {
    Session session = new Session();
    URI login = base.toURI().resolve("login.xhtml");
    Matcher viewState = VIEW_STATE.matcher(session.send(HttpRequest.newBuilder(login)).body());
    assertThat(viewState.find()).as("the login form's view state").isTrue();
    String fields =
        Map.of(
                "login-form",
                "login-form",
                "login-form:next",
                "",
                "login-form:username",
                username,
                "login-form:password",
                DEMO_PASSWORD,
                "login-form:login-submit",
                "",
                "jakarta.faces.ViewState",
                viewState.group(1))
            .entrySet()
            .stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> submitted =
        session.send(
            HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
    assertThat(submitted.uri().getPath()).as("logged in: on to the portal").contains("/portal/");
    return session;
  }

  /**
   * A browser's cookies and redirects. By hand, because the session cookie is marked secure (the
   * portal runs behind TLS), and Java's cookie handler keeps such a cookie from the test's plain
   * HTTP, where a browser trusts localhost.
   */
  private static final class Session {

    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Sends the request and follows its redirects, with the cookies set so far. */
    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      HttpResponse<String> response = exchange(request);
      for (int hop = 0; hop < 5 && response.statusCode() / 100 == 3; hop++) {
        URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        response = exchange(HttpRequest.newBuilder(next));
      }
      return response;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) throws Exception {
      if (!cookies.isEmpty()) {
        request.header(
            "Cookie",
            cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; ")));
      }
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        int equals = pair.indexOf('=');
        cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
      return response;
    }
  }

  /** Inserts the actions unless a previous run did, in batches; returns how many it inserted. */
  private static int loadActionsUnlessPresent() throws SQLException {
    if (actionsInDatabase() >= ACTIONS) {
      return 0;
    }
    try (Connection db = connect();
        Statement statement = db.createStatement()) {
      statement.execute("SET SESSION time_zone = '+00:00'");
      List<long[]> municipalities = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT id, region_id FROM municipality")) {
        while (rows.next()) {
          municipalities.add(new long[] {rows.getLong(1), rows.getLong(2)});
        }
      }
      List<Object[]> scenarios = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery("SELECT id, name, kind FROM deployment_scenario")) {
        while (rows.next()) {
          scenarios.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getString(3)});
        }
      }
      String[] outcomes = {
        null, "FOUND_THANKS_TO_PARTICIPANT", "FOUND_OTHERWISE", "NOT_FOUND", "CANCELLED"
      };
      SplittableRandom random = new SplittableRandom(SyntheticParticipants.BENCHMARK_SEED);
      Instant now = Instant.now();
      long year = Duration.ofDays(365).toSeconds();
      db.setAutoCommit(false);
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO action (idempotency_key, scenario_id, scenario_name, kind,"
                  + " description, callback_number, channels, sms_text, voice_text, state,"
                  + " started_by, started_at, outcome, closed_by, closed_at, scope_region_id,"
                  + " scope_municipality_id) VALUES (?, ?, ?, ?, 'Benchmark', '0900-8844', 'SMS',"
                  + " 'Benchmark', 'Benchmark', ?, 'meldkamer', ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < ACTIONS; i++) {
          long[] municipality = municipalities.get(random.nextInt(municipalities.size()));
          Object[] scenario = scenarios.get(random.nextInt(scenarios.size()));
          String outcome = outcomes[random.nextInt(outcomes.length)];
          Instant started = now.minusSeconds(random.nextLong(year));
          insert.setString(1, ACTION_KEY + i);
          insert.setLong(2, (Long) scenario[0]);
          insert.setString(3, (String) scenario[1]);
          insert.setString(4, (String) scenario[2]);
          insert.setString(5, outcome == null ? "OPEN" : "CLOSED");
          insert.setTimestamp(6, Timestamp.from(started));
          insert.setString(7, outcome);
          insert.setString(8, outcome == null ? null : "meldkamer");
          insert.setTimestamp(
              9, outcome == null ? null : Timestamp.from(started.plusSeconds(3600)));
          insert.setLong(10, municipality[1]);
          insert.setLong(11, municipality[0]);
          insert.addBatch();
          if (i % 1_000 == 999) {
            insert.executeBatch();
            db.commit();
          }
        }
        insert.executeBatch();
        db.commit();
      }
    }
    return ACTIONS;
  }

  private static long actionsInDatabase() throws SQLException {
    try (Connection db = connect();
        PreparedStatement count =
            db.prepareStatement("SELECT COUNT(*) FROM action WHERE idempotency_key LIKE ?")) {
      count.setString(1, ACTION_KEY + "%");
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        LocalPeersForTests.peers().database().jdbcUrl(),
        LocalDatabase.USER,
        LocalDatabase.PASSWORD);
  }
}

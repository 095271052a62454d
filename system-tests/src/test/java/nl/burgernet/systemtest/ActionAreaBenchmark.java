package nl.burgernet.systemtest;

import static nl.burgernet.systemtest.BenchmarkFigures.format;
import static nl.burgernet.systemtest.BenchmarkFigures.number;
import static nl.burgernet.systemtest.BenchmarkFigures.percentile;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.NewAction;
import nl.burgernet.action.boundary.Reach;
import nl.burgernet.action.control.AreaSelection;
import nl.burgernet.action.entity.BoundingBox;
import nl.burgernet.action.entity.CircleArea;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.localpeers.LocalDatabase;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.security.entity.Scope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The area targeting of issue 5 over the synthetic base of 2,000,000 participants, run by {@code
 * bin/benchmark}: an operator of the municipality's region asks, as the new-action screen does
 * live, whom a first round would reach ({@code Actions.reach}: the participants in the area, the
 * protection rules, the count and ETA per channel) for three kinds of area around the centre of
 * each of the 69 municipalities of the base: a 10 km circle, a 1 km circle and a polygon of 200
 * corners between 5 and 9 km from the centre. The base is the one the search benchmark loaded when
 * it ran first in the same run; otherwise this benchmark loads it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActionAreaBenchmark {

  private static final int ROUNDS = 3;
  private static final int POLYGON_CORNERS = 200;
  private static final String SCENARIO = "Overval";
  private static final int FIRST_SMS_ACTIONS = 20;
  private static final Duration FIRST_SMS_WAIT = Duration.ofMinutes(2);

  /** The kinds of area in the order of the report, with their target p95 in milliseconds. */
  private static final Map<String, Double> TARGETS = new LinkedHashMap<>();

  private static final Map<String, Function<GeoPoint, AreaSpecification>> AREAS =
      new LinkedHashMap<>();

  static {
    TARGETS.put("circle-10km", 300.0);
    TARGETS.put("circle-1km", 50.0);
    TARGETS.put("polygon-200", 500.0);
    AREAS.put("circle-10km", centre -> AreaSpecification.circle(centre, 10_000));
    AREAS.put("circle-1km", centre -> AreaSpecification.circle(centre, 1_000));
    AREAS.put("polygon-200", ActionAreaBenchmark::jaggedPolygon);
  }

  @Deployment
  static WebArchive deployment() {
    return ActionFixture.addTo(
        Deployments.burgernet(
                ActionAreaBenchmark.class,
                BenchmarkData.class,
                BenchmarkReport.class,
                BenchmarkFigures.class,
                SyntheticMunicipality.class)
            .addAsResource("nl/burgernet/systemtest/municipality-centres.csv"));
  }

  @EJB private ActionFixture fixture;

  @EJB private BenchmarkData data;

  @Test
  @Order(1)
  @RunAsClient
  void the_two_million_participants_are_in_the_database() {
    ParticipantBase.loadTheBenchmarkBase("area");
  }

  @Test
  @Order(2)
  void an_operator_sees_the_reach_of_each_kind_of_area_around_every_municipality() {
    long scenario = fixture.scenarioNamed(SCENARIO).id();
    EnumSet<Channel> channels = EnumSet.allOf(Channel.class);
    List<SyntheticMunicipality> municipalities = SyntheticMunicipality.ofReferenceData();
    Properties figures = new Properties();
    for (Map.Entry<String, Function<GeoPoint, AreaSpecification>> kind : AREAS.entrySet()) {
      List<Double> millis = new ArrayList<>();
      List<Long> reached = new ArrayList<>();
      for (int round = 0; round <= ROUNDS; round++) {
        for (SyntheticMunicipality municipality : municipalities) {
          AreaSpecification area =
              kind.getValue()
                  .apply(new GeoPoint(municipality.latitude(), municipality.longitude()));
          long region = fixture.regionOf(municipality.cbsCode());
          long started = System.nanoTime();
          Reach reach =
              fixture.asOperatorOf(region, actions -> actions.reach(scenario, area, channels));
          double took = (System.nanoTime() - started) / 1e6;
          // the first round warms the caches and the JIT, as the first actions of a day would
          if (round > 0) {
            millis.add(took);
            reached.add(reach.inArea());
          }
        }
      }
      Collections.sort(millis);
      Collections.sort(reached);
      String key = "area." + kind.getKey();
      figures.setProperty(key + ".count", String.valueOf(millis.size()));
      figures.setProperty(key + ".p50.ms", format(percentile(millis, 50)));
      figures.setProperty(key + ".p95.ms", format(percentile(millis, 95)));
      figures.setProperty(key + ".max.ms", format(millis.get(millis.size() - 1)));
      figures.setProperty(key + ".median.reach", String.valueOf(reached.get(reached.size() / 2)));
      figures.setProperty(key + ".max.reach", String.valueOf(reached.get(reached.size() - 1)));
    }
    BenchmarkData.record(figures);
  }

  @Test
  @Order(3)
  void from_send_to_the_first_sms_of_an_action_on_the_whole_base() {
    long scenario = fixture.scenarioNamed(SCENARIO).id();
    List<SyntheticMunicipality> municipalities = SyntheticMunicipality.ofReferenceData();
    List<Double> millis = new ArrayList<>();
    List<Long> recipients = new ArrayList<>();
    boolean warmedUp = false;
    // one action per municipality: the participant protection caps actions per person per day;
    // the first warms the caches and the JIT, as the first action of a day would
    for (int i = 0; i < municipalities.size() && millis.size() < FIRST_SMS_ACTIONS; i++) {
      SyntheticMunicipality municipality = municipalities.get(i);
      NewAction order =
          new NewAction(
              scenario,
              "Man met een blauwe jas, richting station.",
              "0900-8844",
              EnumSet.of(Channel.SMS),
              AreaSpecification.circle(
                  new GeoPoint(municipality.latitude(), municipality.longitude()), 1_000),
              "benchmark-" + UUID.randomUUID());
      long region = fixture.regionOf(municipality.cbsCode());
      long started = System.nanoTime();
      ActionView action = fixture.asOperatorOf(region, actions -> actions.start(order));
      long request = action.rounds().get(0).sendRequestId();
      long smsRecipients = data.recipients(request);
      if (smsRecipients == 0) {
        continue;
      }
      Instant deadline = Instant.now().plus(FIRST_SMS_WAIT);
      while (!data.anySent(request) && Instant.now().isBefore(deadline)) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
      }
      double took = (System.nanoTime() - started) / 1e6;
      if (warmedUp) {
        millis.add(took);
        recipients.add(smsRecipients);
      }
      warmedUp = true;
      // the next action starts on a quiet pipeline, as actions mostly do
      while (data.open(request) > 0 && Instant.now().isBefore(deadline)) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
    }
    Collections.sort(millis);
    Collections.sort(recipients);
    Properties figures = new Properties();
    figures.setProperty("area.first-sms.count", String.valueOf(millis.size()));
    figures.setProperty("area.first-sms.p50.ms", format(percentile(millis, 50)));
    figures.setProperty("area.first-sms.p95.ms", format(percentile(millis, 95)));
    figures.setProperty("area.first-sms.max.ms", format(millis.get(millis.size() - 1)));
    figures.setProperty(
        "area.first-sms.median.recipients", String.valueOf(recipients.get(recipients.size() / 2)));
    figures.setProperty(
        "area.first-sms.max.recipients", String.valueOf(recipients.get(recipients.size() - 1)));
    BenchmarkData.record(figures);
  }

  @Test
  @Order(4)
  @RunAsClient
  void the_figures_and_plan_are_printed_and_written_to_docs_benchmarks_md()
      throws IOException, SQLException {
    Properties figures =
        BenchmarkData.read(Path.of(System.getProperty("burgernet.benchmark.results")));
    report(figures, gridPlan())
        .printAndWriteInto(
            Path.of(System.getProperty("burgernet.benchmark.report")), Instant.now());
  }

  private static BenchmarkReport report(Properties figures, String plan) {
    BenchmarkReport report =
        new BenchmarkReport(
            "action-areas",
            "Area targeting of actions (issue 5)",
            "`ActionAreaBenchmark`: "
                + figures.getProperty("area.participants", "?")
                + " participants in the database (the synthetic base of `SyntheticParticipants`,"
                + " loaded by `ParticipantBase`"
                + (figures.containsKey("area.load.seconds")
                    ? " in " + figures.getProperty("area.load.seconds") + " s by this benchmark"
                    : " by the search benchmark of the same run")
                + "). An operator of the municipality's region asks for the reach of a first round"
                + " (`Actions.reach`, as the new-action screen does live: participants in the area"
                + " by the grid index and the exact shape, the protection rules, counts and ETA per"
                + " channel) of each kind of area around the centre of each of the 69"
                + " municipalities, "
                + ROUNDS
                + " times after one warm-up round. Times measured around the service call. The"
                + " plan is MariaDB's `EXPLAIN` of the grid read (`AreaSelection.gridRead`, home"
                + " addresses) of a 10 km circle around Utrecht for an operator of"
                + " Midden-Nederland: "
                + plan
                + ".");
    for (String kind : AREAS.keySet()) {
      String key = "area." + kind;
      report.row(
          kind
              + ": p95 of "
              + figures.getProperty(key + ".count", "?")
              + " (p50 "
              + figures.getProperty(key + ".p50.ms", "?")
              + " ms, max "
              + figures.getProperty(key + ".max.ms", "?")
              + " ms); participants in the area: median "
              + figures.getProperty(key + ".median.reach", "?")
              + ", most "
              + figures.getProperty(key + ".max.reach", "?"),
          "< " + TARGETS.get(kind).intValue() + " ms",
          figures.getProperty(key + ".p95.ms", "?") + " ms",
          number(figures, key + ".p95.ms") < TARGETS.get(kind));
    }
    report.row(
        "from the operator's start to the first SMS at the local SMSC, p95 of "
            + figures.getProperty("area.first-sms.count", "?")
            + " actions with a 1 km circle around a municipality's centre, SMS only (p50 "
            + figures.getProperty("area.first-sms.p50.ms", "?")
            + " ms, max "
            + figures.getProperty("area.first-sms.max.ms", "?")
            + " ms; SMS recipients: median "
            + figures.getProperty("area.first-sms.median.recipients", "?")
            + ", most "
            + figures.getProperty("area.first-sms.max.recipients", "?")
            + ")",
        "< 2 s",
        figures.getProperty("area.first-sms.p95.ms", "?") + " ms",
        number(figures, "area.first-sms.p95.ms") < 2000);
    return report;
  }

  /** A star-like polygon: corners alternately 5 and 9 km from the centre, as a hand draws them. */
  private static AreaSpecification jaggedPolygon(GeoPoint centre) {
    List<GeoPoint> corners = new ArrayList<>(POLYGON_CORNERS);
    double kmPerDegreeLatitude = 111.2;
    double kmPerDegreeLongitude = kmPerDegreeLatitude * Math.cos(Math.toRadians(centre.latitude()));
    for (int i = 0; i < POLYGON_CORNERS; i++) {
      double angle = 2 * Math.PI * i / POLYGON_CORNERS;
      double km = i % 2 == 0 ? 9 : 5;
      corners.add(
          new GeoPoint(
              centre.latitude() + km * Math.sin(angle) / kmPerDegreeLatitude,
              centre.longitude() + km * Math.cos(angle) / kmPerDegreeLongitude));
    }
    return AreaSpecification.polygon(corners);
  }

  /**
   * The access of the home-address grid read of a 10 km circle around Utrecht, as {@code
   * AreaSelection} reads it for an operator of Midden-Nederland.
   */
  private static String gridPlan() throws SQLException {
    BoundingBox box = new CircleArea(new GeoPoint(52.09, 5.12), 10_000).boundingBox();
    try (Connection connection = database();
        PreparedStatement statement =
            connection.prepareStatement("EXPLAIN " + AreaSelection.gridRead("home", box))) {
      AreaSelection.bindGridRead(statement, box, Scope.region(regionOfUtrecht(connection)));
      List<String> reads = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reads.add(
              "`"
                  + rows.getString("type")
                  + "` on `"
                  + rows.getString("key")
                  + "`, "
                  + rows.getString("rows")
                  + " rows estimated"
                  + (String.valueOf(rows.getString("Extra")).contains("Using index")
                      ? " (index only)"
                      : ""));
        }
      }
      return String.join("; ", reads);
    }
  }

  private static long regionOfUtrecht(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT region_id FROM municipality WHERE cbs_code = 'GM0344'")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        LocalPeersForTests.peers().database().jdbcUrl(),
        LocalDatabase.USER,
        LocalDatabase.PASSWORD);
  }
}

package nl.burgernet.systemtest;

import static nl.burgernet.systemtest.BenchmarkFigures.format;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.localpeers.LocalDatabase;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.ReachableChannels;

/**
 * Puts a {@link SyntheticParticipants} base straight into the database as ACTIVE, confirmed
 * participants, the way a migration of millions would and the benchmarks need: {@code LOAD DATA
 * LOCAL INFILE} from memory in chunks of 50,000 rows into the table without its secondary indexes,
 * which are built again afterwards, with every column the application relies on (scope columns from
 * the municipality and its region, the home point of the postcode's centroid from which the
 * database derives the grid cell of area selection, unsubscribe token, channels and the reachable
 * channels the application keeps with them).
 *
 * <p>Ids are given explicitly, from the highest id on, so the channels can be loaded alongside; the
 * application must not register participants while a load runs. Checks of uniqueness and foreign
 * keys are off for the load's own session only: the generator guarantees both (and the unique
 * indexes, built again, check it). While the indexes are rebuilt the application's queries on
 * participants wait or run slowly: load before measuring, not during.
 */
final class ParticipantBase {

  /** How a load went. */
  record Loaded(int participants, long firstId, long lastId, Duration took) {
    double perSecond() {
      return participants / (took.toNanos() / 1e9);
    }
  }

  private static final int CHUNK = 50_000;

  /** The session's time zone is UTC (as the application's), see {@link #load}. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private static final String PARTICIPANT_COLUMNS =
      "(id, reference, name, mobile, landline, email, home_postcode, home_house_number,"
          + " home_addition, home_street, home_place, home_latitude, home_longitude,"
          + " home_municipality_id, year_of_birth, source, consent_at, registered_at, status,"
          + " status_changed_at, confirmed_at, unsubscribe_token, scope_region_id,"
          + " scope_municipality_id, reach_channels)";

  private final String jdbcUrl;
  private final String user;
  private final String password;

  ParticipantBase(String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /** The database of this test run (started by {@link LocalPeersForTests}). */
  static ParticipantBase ofTestRun() {
    return new ParticipantBase(
        LocalPeersForTests.peers().database().jdbcUrl(),
        LocalDatabase.USER,
        LocalDatabase.PASSWORD);
  }

  /**
   * The 2,000,000 participants the benchmarks of issues 3, 5 and 7 measure on, loaded into this
   * test run's database unless another benchmark of the run did; the figures go to the results file
   * under the prefix.
   */
  static SyntheticParticipants loadTheBenchmarkBase(String prefix) {
    SyntheticParticipants base = SyntheticParticipants.benchmarkBase();
    Properties figures = ofTestRun().loadUnlessPresent(base, prefix);
    BenchmarkData.record(figures);
    if (Long.parseLong(figures.getProperty(prefix + ".participants")) < base.count()) {
      throw new AssertionError("the benchmark base is not in the database: " + figures);
    }
    return base;
  }

  /**
   * Loads the base unless the database holds as many participants already: the benchmarks of one
   * {@code bin/benchmark} run share the base the first of them loaded (a second load of the same
   * base would break the unique indexes).
   *
   * @return the figures, under the prefix: {@code .participants} in the database afterwards, and
   *     {@code .load.seconds} and {@code .load.per.second} when this call loaded the base
   */
  Properties loadUnlessPresent(SyntheticParticipants base, String prefix) {
    Properties figures = new Properties();
    if (participantsInDatabase() < base.count()) {
      Loaded loaded = load(base);
      figures.setProperty(prefix + ".load.seconds", format(loaded.took().toMillis() / 1000.0));
      figures.setProperty(prefix + ".load.per.second", format(loaded.perSecond()));
    }
    figures.setProperty(prefix + ".participants", String.valueOf(participantsInDatabase()));
    return figures;
  }

  /** How many participants the database holds, of any status. */
  long participantsInDatabase() {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM participant")) {
      count.next();
      return count.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("counting the participants failed", e);
    }
  }

  /** Loads every participant of the base; returns the ids they got and how long it took. */
  Loaded load(SyntheticParticipants base) {
    Properties settings = new Properties();
    settings.setProperty("user", user);
    settings.setProperty("password", password);
    settings.setProperty("allowLoadLocalInfile", "true");
    long started = System.nanoTime();
    try (Connection connection = DriverManager.getConnection(jdbcUrl, settings);
        Statement statement = connection.createStatement()) {
      statement.execute("SET SESSION time_zone = '+00:00'");
      statement.execute("SET SESSION unique_checks = 0");
      statement.execute("SET SESSION foreign_key_checks = 0");
      Map<String, long[]> ids = municipalityIds(statement);
      long firstId = highestId(statement) + 1;
      List<String> keys = secondaryKeys(statement);
      statement.execute(
          keys.stream()
              .map(key -> "DROP INDEX " + key.substring(key.indexOf('`'), key.indexOf(" (")))
              .collect(Collectors.joining(", ", "ALTER TABLE participant ", "")));
      try {
        loadChunks(statement, base, firstId, ids);
      } finally {
        statement.execute("SET SESSION unique_checks = 1");
        statement.execute("SET SESSION foreign_key_checks = 1");
        // built by sorting, which is many times faster than keeping 20 indexes up to date per row
        statement.execute(
            keys.stream()
                .map(key -> "ADD " + key)
                .collect(Collectors.joining(", ", "ALTER TABLE participant ", "")));
      }
      // fresh statistics, so the optimizer plans searches over the loaded rows, not an empty table
      statement.execute("ANALYZE TABLE participant, participant_channel");
      return new Loaded(
          base.count(),
          firstId,
          firstId + base.count() - 1,
          Duration.ofNanos(System.nanoTime() - started));
    } catch (SQLException e) {
      throw new IllegalStateException("loading the synthetic participants failed", e);
    }
  }

  private static void loadChunks(
      Statement statement, SyntheticParticipants base, long firstId, Map<String, long[]> ids)
      throws SQLException {
    for (int from = 0; from < base.count(); from += CHUNK) {
      int until = Math.min(base.count(), from + CHUNK);
      StringBuilder participants = new StringBuilder(CHUNK * 400);
      StringBuilder channels = new StringBuilder(CHUNK * 40);
      for (int i = from; i < until; i++) {
        SyntheticParticipant p = base.participant(i);
        long id = firstId + i;
        participants.append(row(id, p, ids.get(p.municipality().cbsCode())));
        for (String channel : p.channels()) {
          channels.append(id).append('\t').append(channel).append('\n');
        }
      }
      loadData(statement, participants, "participant", PARTICIPANT_COLUMNS);
      loadData(statement, channels, "participant_channel", "(participant_id, channel)");
    }
  }

  /**
   * The definitions of participant's indexes other than the primary key, as the server has them.
   */
  private static List<String> secondaryKeys(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SHOW CREATE TABLE participant")) {
      rows.next();
      return rows.getString(2)
          .lines()
          .map(String::strip)
          .filter(line -> line.matches("(UNIQUE )?KEY `.*"))
          .map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line)
          .toList();
    }
  }

  private static String row(long id, SyntheticParticipant p, long[] municipalityAndRegion) {
    String at = TIMESTAMP.format(p.consentAt());
    return String.join(
            "\t",
            String.valueOf(id),
            p.reference(),
            p.name(),
            orNull(p.mobile()),
            orNull(p.landline()),
            orNull(p.email()),
            p.postcode().value(),
            String.valueOf(p.houseNumber()),
            orNull(p.addition()),
            p.postcode().street(),
            p.municipality().name(),
            String.valueOf(p.postcode().latitude()),
            String.valueOf(p.postcode().longitude()),
            String.valueOf(municipalityAndRegion[0]),
            String.valueOf(p.yearOfBirth()),
            p.source(),
            at,
            at,
            "ACTIVE",
            at,
            at,
            p.unsubscribeToken(),
            String.valueOf(municipalityAndRegion[1]),
            String.valueOf(municipalityAndRegion[0]),
            String.valueOf(reachableChannels(p).bits()))
        + "\n";
  }

  /** As the application keeps them; no address of the base has bounced. */
  private static ReachableChannels reachableChannels(SyntheticParticipant p) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    p.channels().forEach(channel -> channels.add(Channel.valueOf(channel)));
    return ReachableChannels.of(
        channels,
        new ContactDetails(
            p.name(),
            p.mobile() == null ? null : PhoneNumber.of(p.mobile()),
            p.landline() == null ? null : PhoneNumber.of(p.landline()),
            p.email() == null ? null : EmailAddress.of(p.email())),
        false);
  }

  private static void loadData(Statement statement, CharSequence rows, String table, String columns)
      throws SQLException {
    statement
        .unwrap(JdbcStatement.class)
        .setLocalInfileInputStream(
            new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
    statement.execute(
        "LOAD DATA LOCAL INFILE 'synthetic-participants' INTO TABLE "
            + table
            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
            + " LINES TERMINATED BY '\\n' "
            + columns);
  }

  /** Municipality id and its region's id by CBS code. */
  private static Map<String, long[]> municipalityIds(Statement statement) throws SQLException {
    Map<String, long[]> ids = new HashMap<>();
    try (ResultSet rows =
        statement.executeQuery("SELECT cbs_code, id, region_id FROM municipality")) {
      while (rows.next()) {
        ids.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
      }
    }
    return ids;
  }

  private static long highestId(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM participant")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String orNull(String value) {
    return value == null ? "\\N" : value;
  }
}

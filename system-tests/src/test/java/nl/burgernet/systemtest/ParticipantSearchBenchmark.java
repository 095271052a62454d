package nl.burgernet.systemtest;

import static nl.burgernet.systemtest.BenchmarkFigures.format;
import static nl.burgernet.systemtest.BenchmarkFigures.number;
import static nl.burgernet.systemtest.BenchmarkFigures.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.burgernet.localpeers.LocalDatabase;
import nl.burgernet.participant.boundary.Participants;
import nl.burgernet.participant.boundary.SearchPage;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeContext;
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
 * The participant search of issue 3 over a synthetic base of 2,000,000 active participants, run by
 * {@code bin/benchmark}: the base is loaded straight into the database ({@link ParticipantBase})
 * unless another benchmark of the run did so, then a relation manager searches their own
 * municipality's participants through the real service ({@link Participants#search}: scope filter,
 * the page and the count, the audit entry), 200 times for each kind of term, taken from
 * participants of the base. The last method prints the figures and writes them with the plan
 * MariaDB chose for each kind to docs/benchmarks.md.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipantSearchBenchmark {

  private static final int SEARCHES = 200;
  private static final int WARM_UP = 50;
  private static final double TARGET_MS = 50;

  /** The kinds of term in the order of the report, each as typed from a participant's data. */
  private static final Map<String, Function<SyntheticParticipant, String>> KINDS =
      new LinkedHashMap<>();

  static {
    // in the national notation people type: 0612345678
    KINDS.put("phone", p -> "0" + (p.mobile() != null ? p.mobile() : p.landline()).substring(3));
    KINDS.put("email", SyntheticParticipant::email);
    KINDS.put("postcode", p -> p.postcode().value().replace(" ", "").toLowerCase(Locale.ROOT));
    // the first four letters of the surname's last word, as typed by someone unsure of the rest
    KINDS.put(
        "name",
        p -> {
          String last = p.name().substring(p.name().lastIndexOf(' ') + 1);
          return last.substring(0, Math.min(4, last.length()));
        });
  }

  @Deployment
  static WebArchive deployment() {
    return RelationManagerFixture.addTo(
        Deployments.burgernet(
                ParticipantSearchBenchmark.class,
                BenchmarkData.class,
                BenchmarkReport.class,
                BenchmarkFigures.class,
                SyntheticParticipants.class,
                SyntheticParticipant.class,
                SyntheticPostcode.class,
                SyntheticMunicipality.class)
            .addAsResource("nl/burgernet/systemtest/municipality-centres.csv"));
  }

  @EJB private RelationManagerFixture relationManager;

  @Inject private Participants participants;

  @Inject private ReferenceData referenceData;

  @Test
  @Order(1)
  @RunAsClient
  void the_two_million_participants_are_in_the_database() {
    ParticipantBase.loadTheBenchmarkBase("search");
  }

  @Test
  @Order(2)
  void a_relation_manager_searches_their_participants_by_each_kind_of_term() {
    SyntheticParticipants base = SyntheticParticipants.benchmarkBase();
    Map<String, Scope> scopes = scopesByCbsCode();
    List<SyntheticParticipant> sought = sample(base, SEARCHES + WARM_UP);
    Properties figures = new Properties();
    for (Map.Entry<String, Function<SyntheticParticipant, String>> kind : KINDS.entrySet()) {
      List<Double> millis = new ArrayList<>();
      long matches = 0;
      for (int i = 0; i < sought.size(); i++) {
        SyntheticParticipant participant = sought.get(i);
        String term = kind.getValue().apply(participant);
        long started = System.nanoTime();
        SearchPage page =
            ScopeContext.actingAs(
                scopes.get(participant.municipality().cbsCode()),
                () -> relationManager.run(() -> participants.search(term, null, 0, 20)));
        double took = (System.nanoTime() - started) / 1e6;
        assertThat(page.total()).as("%s finds the participant it came from", term).isPositive();
        if (i >= WARM_UP) {
          millis.add(took);
          matches += page.total();
        }
      }
      Collections.sort(millis);
      String key = "search." + kind.getKey();
      figures.setProperty(key + ".count", String.valueOf(millis.size()));
      figures.setProperty(key + ".p50.ms", format(percentile(millis, 50)));
      figures.setProperty(key + ".p95.ms", format(percentile(millis, 95)));
      figures.setProperty(key + ".max.ms", format(millis.get(millis.size() - 1)));
      figures.setProperty(key + ".matches", format((double) matches / millis.size()));
    }
    BenchmarkData.record(figures);
  }

  @Test
  @Order(3)
  @RunAsClient
  void the_figures_and_plans_are_printed_and_written_to_docs_benchmarks_md() throws IOException {
    Properties figures =
        BenchmarkData.read(Path.of(System.getProperty("burgernet.benchmark.results")));
    report(figures, plans())
        .printAndWriteInto(
            Path.of(System.getProperty("burgernet.benchmark.report")), Instant.now());
  }

  private static BenchmarkReport report(Properties figures, Map<String, String> plans) {
    BenchmarkReport report =
        new BenchmarkReport(
            "participant-search",
            "Participant search (issue 3)",
            "`ParticipantSearchBenchmark`: "
                + figures.getProperty("search.participants", "?")
                + " synthetic active participants (`SyntheticParticipants`, spread over the 69"
                + " municipalities by inhabitants) loaded by `ParticipantBase` (`LOAD DATA LOCAL"
                + " INFILE` without the secondary indexes, then the indexes built). Then "
                + SEARCHES
                + " searches of each kind (after "
                + WARM_UP
                + " not counted) by a relation manager in the municipality of the participant the"
                + " term comes from, through `Participants.search` in Payara Micro: scope filter,"
                + " first page of 20 ordered by name, the count, the audit entry. Times measured"
                + " around the service call. The plan is MariaDB's `EXPLAIN` of the search's"
                + " condition within a municipality.");
    if (figures.containsKey("search.load.seconds")) {
      report.row(
          "load of the synthetic base straight into the database ("
              + figures.getProperty("search.load.per.second", "?")
              + " participants/s)",
          "—",
          figures.getProperty("search.load.seconds") + " s",
          true);
    }
    for (String kind : KINDS.keySet()) {
      String key = "search." + kind;
      report.row(
          "search by "
              + kind
              + ": p95 of "
              + figures.getProperty(key + ".count", "?")
              + " (p50 "
              + figures.getProperty(key + ".p50.ms", "?")
              + " ms, max "
              + figures.getProperty(key + ".max.ms", "?")
              + " ms, "
              + figures.getProperty(key + ".matches", "?")
              + " matches on average); plan: "
              + plans.getOrDefault(kind, "?"),
          "< 50 ms",
          figures.getProperty(key + ".p95.ms", "?") + " ms",
          number(figures, key + ".p95.ms") < TARGET_MS);
    }
    return report;
  }

  /**
   * The indexes MariaDB uses for each kind's condition (that of {@code ParticipantFinder}, within a
   * municipality and its region as the scope adds them), for a term of the base.
   */
  private static Map<String, String> plans() {
    SyntheticParticipant example = SyntheticParticipants.benchmarkBase().participant(4_321);
    String scope =
        " AND scope_region_id = (SELECT region_id FROM municipality WHERE cbs_code = ?)"
            + " AND scope_municipality_id = (SELECT id FROM municipality WHERE cbs_code = ?)";
    Map<String, String> statements = new LinkedHashMap<>();
    statements.put(
        "phone", "SELECT id FROM participant WHERE (mobile = ? OR landline = ?)" + scope);
    statements.put("email", "SELECT id FROM participant WHERE email = ?" + scope);
    statements.put("postcode", "SELECT id FROM participant WHERE home_postcode = ?" + scope);
    statements.put(
        "name",
        "SELECT COUNT(*) FROM ("
            + Stream.of("name", "name_from_second_word", "name_from_third_word", "name_last_word")
                .map(
                    column ->
                        "SELECT id, name FROM participant WHERE " + column + " LIKE ?" + scope)
                .collect(Collectors.joining(" UNION "))
            + ") m");
    Map<String, String> values =
        Map.of(
            "phone",
            example.mobile() != null ? example.mobile() : example.landline(),
            "email",
            example.email() == null ? "x@burgernet.test" : example.email(),
            "postcode",
            example.postcode().value(),
            "name",
            KINDS.get("name").apply(example) + "%");
    Map<String, String> plans = new LinkedHashMap<>();
    try (Connection connection =
        DriverManager.getConnection(
            LocalPeersForTests.peers().database().jdbcUrl(),
            LocalDatabase.USER,
            LocalDatabase.PASSWORD)) {
      for (Map.Entry<String, String> statement : statements.entrySet()) {
        String sql = statement.getValue();
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
          String value = values.get(statement.getKey());
          String municipality = example.municipality().cbsCode();
          int parameter = 1;
          while (parameter <= sql.chars().filter(c -> c == '?').count()) {
            explain.setString(parameter++, value);
            if (statement.getKey().equals("phone")) {
              explain.setString(parameter++, value);
            }
            explain.setString(parameter++, municipality);
            explain.setString(parameter++, municipality);
          }
          plans.put(statement.getKey(), keysUsed(explain));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return plans;
  }

  /** The access type and index of each table read in the plan, e.g. "`ref` on `ix_…`". */
  private static String keysUsed(PreparedStatement explain) throws SQLException {
    List<String> reads = new ArrayList<>();
    try (ResultSet rows = explain.executeQuery()) {
      while (rows.next()) {
        if ("participant".equals(rows.getString("table"))) {
          reads.add(
              "`"
                  + rows.getString("type")
                  + "` on `"
                  + rows.getString("key")
                  + "`"
                  + (List.of(String.valueOf(rows.getString("Extra")).split("; "))
                          .contains("Using index")
                      ? " (index only)"
                      : ""));
        }
      }
    }
    return String.join(", ", reads);
  }

  /** Participants with a phone number and an e-mail address, the same ones every run. */
  private static List<SyntheticParticipant> sample(SyntheticParticipants base, int count) {
    SplittableRandom random = new SplittableRandom(SyntheticParticipants.BENCHMARK_SEED);
    List<SyntheticParticipant> sample = new ArrayList<>();
    while (sample.size() < count) {
      SyntheticParticipant candidate = base.participant(random.nextInt(base.count()));
      if (candidate.email() != null
          && (candidate.mobile() != null || candidate.landline() != null)) {
        sample.add(candidate);
      }
    }
    return sample;
  }

  private Map<String, Scope> scopesByCbsCode() {
    return ScopeContext.actingAs(Scope.national(), referenceData::municipalities).stream()
        .collect(
            Collectors.toMap(
                Municipality::getCbsCode,
                m -> Scope.municipality(m.getRegion().getId(), m.getId())));
  }
}

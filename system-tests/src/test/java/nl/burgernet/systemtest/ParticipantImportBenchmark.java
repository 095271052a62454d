package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;
import nl.burgernet.participant.boundary.ParticipantImports;
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
 * The bulk import benchmark of issue 3, run by {@code bin/benchmark}: 100,000 rows of the synthetic
 * participant base ({@link SyntheticParticipants}) imported through the real service, every row
 * validated, geocoded by the offline geocoder (pointed by the benchmark profile at the generator's
 * centroid file), checked for duplicates and routed, then written with its report line. The rate is
 * the rows over the time between the runner's start and finish as the import records them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipantImportBenchmark {

  private static final int ROWS = 100_000;
  private static final long SEED = 3;

  /**
   * Rows of a first, unmeasured import: the rate is that of a server whose JIT compiler has seen an
   * import before, not of the compiler at work on its first one (both figures are written). As
   * large as the measured import: after 20,000 rows the compiler was still at work, and the
   * application's CPU time per 100,000 rows measured ranged from 9 to 13 s between runs of the same
   * code, against 6.5 s once the warm-up was as long.
   */
  private static final int WARM_UP_ROWS = 100_000;

  private static final Duration LONGEST_IMPORT = Duration.ofMinutes(10);

  /**
   * Runs outside the application, before it is deployed: writes the import file and the centroids
   * of its postcodes, which the offline geocoder reads when it is first asked.
   */
  @Deployment
  static WebArchive deployment() {
    SyntheticParticipants base = SyntheticParticipants.of(SEED, ROWS);
    base.writeCentroids(centroids());
    base.writeImportCsv(importFile());
    SyntheticParticipants.of(SEED + 1, WARM_UP_ROWS).writeImportCsv(warmUpFile());
    return RelationManagerFixture.addTo(
        Deployments.burgernet(
            ParticipantImportBenchmark.class,
            BenchmarkData.class,
            SyntheticParticipants.class,
            SyntheticParticipant.class,
            SyntheticMunicipality.class,
            SyntheticPostcode.class));
  }

  @EJB private RelationManagerFixture relationManager;

  @Inject private ParticipantImports imports;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  @Test
  @Order(1)
  void a_hundred_thousand_rows_imported_with_every_row_validated() throws Exception {
    Properties figures = new Properties();
    long warmUp = importAndWait(warmUpFile());
    figures.setProperty("import.warmup.per.second", format(rate(warmUp)));
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long uploaded = System.nanoTime();
    long id = importAndWait(importFile());
    figures.setProperty("import.total.seconds", format((System.nanoTime() - uploaded) / 1e9));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT state, processed_rows, imported_rows, held_rows, refused_rows,"
                    + " TIMESTAMPDIFF(MICROSECOND, started_at, finished_at)"
                    + " FROM participant_import WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        assertThat(result.getString(1)).isEqualTo("FINISHED");
        double seconds = result.getLong(6) / 1e6;
        figures.setProperty("import.rows", String.valueOf(result.getInt(2)));
        figures.setProperty("import.imported", String.valueOf(result.getInt(3)));
        figures.setProperty("import.held", String.valueOf(result.getInt(4)));
        figures.setProperty("import.refused", String.valueOf(result.getInt(5)));
        figures.setProperty("import.seconds", format(seconds));
        figures.setProperty("import.per.second", format(result.getInt(2) / seconds));
      }
    }
    figures.setProperty("import.not.located", String.valueOf(notLocated(id)));
    figures.setProperty("import.load.before", format(load));
    figures.setProperty(
        "import.load.after",
        format(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    BenchmarkData.record(figures);
  }

  /** Uploads the file as a relation manager and waits until the runner is done with it. */
  private long importAndWait(Path file) throws Exception {
    byte[] content = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    long id =
        relationManager.run(
            () ->
                ScopeContext.actingAs(
                    Scope.national(), () -> imports.upload(name, content).getId()));
    Instant deadline = Instant.now().plus(LONGEST_IMPORT);
    while (!finished(id) && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    return id;
  }

  /** Rows per second between the runner's start and finish. */
  private double rate(long id) throws SQLException {
    return numberOf(
        "SELECT processed_rows / (TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) / 1e6)"
            + " FROM participant_import WHERE id = ?",
        id);
  }

  /** The one number the query gives for the import. */
  private double numberOf(String sql, long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, id);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getDouble(1);
      }
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void the_figures_are_printed_and_written_to_docs_benchmarks_md() throws IOException {
    Properties figures =
        BenchmarkData.read(Path.of(System.getProperty("burgernet.benchmark.results")));
    String rate = figures.getProperty("import.per.second", "0");
    new BenchmarkReport(
            "participant-import",
            "Participant import (issue 3)",
            "100,000 rows of the synthetic participant base (SyntheticParticipants, seed "
                + SEED
                + ") uploaded as one CSV file by a relation manager and imported by the real"
                + " runner: each row parsed, validated with the registration rules (Bean"
                + " Validation, phone numbers by libphonenumber, age, channels), geocoded by the"
                + " offline geocoder, checked for duplicate phone numbers and e-mail addresses"
                + " (one lookup per batch of 1,000) and routed, then loaded per batch (LOAD DATA"
                + " LOCAL from memory) with its channels, its report line and the checkpoint. Rows per second between the"
                + " runner's start and finish, after a warm-up import of "
                + String.format(Locale.ROOT, "%,d", WARM_UP_ROWS)
                + " other rows; the system load average (1 min, 2 cores shared with other work)"
                + " before and after.")
        .row(
            "Bulk import of "
                + figures.getProperty("import.rows", "?")
                + " rows in "
                + figures.getProperty("import.seconds", "?")
                + " s ("
                + figures.getProperty("import.total.seconds", "?")
                + " s from the upload, with the wait for the runner; "
                + figures.getProperty("import.imported", "?")
                + " participants, of which "
                + figures.getProperty("import.held", "?")
                + " in a queue; "
                + figures.getProperty("import.refused", "?")
                + " refused; "
                + figures.getProperty("import.not.located", "?")
                + " addresses not located; load "
                + figures.getProperty("import.load.before", "?")
                + " → "
                + figures.getProperty("import.load.after", "?")
                + "; the warm-up import before it: "
                + figures.getProperty("import.warmup.per.second", "?")
                + " rows/s)",
            "≥ 10,000 rows/s",
            rate + " rows/s",
            Double.parseDouble(rate) >= 10_000)
        .printAndWriteInto(
            Path.of(System.getProperty("burgernet.benchmark.report")), Instant.now());
  }

  /** Rows whose address the geocoder did not find: none, if the centroid file fits the base. */
  private long notLocated(long id) throws SQLException {
    return (long)
        numberOf(
            "SELECT COUNT(*) FROM participant_import_row WHERE import_id = ?"
                + " AND reason_key = 'workList.reason.ADDRESS_NOT_FOUND'",
            id);
  }

  private boolean finished(long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT state FROM participant_import WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet result = query.executeQuery()) {
        return result.next() && !result.getString(1).matches("QUEUED|RUNNING");
      }
    }
  }

  /** The offline geocoder's file (burgernet.geocoder.csv in the benchmark profile). */
  private static Path centroids() {
    return Path.of(System.getProperty("burgernet.benchmark.centroids"));
  }

  private static Path importFile() {
    return centroids().resolveSibling("benchmark-participant-import.csv");
  }

  private static Path warmUpFile() {
    return centroids().resolveSibling("benchmark-participant-import-warm-up.csv");
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}

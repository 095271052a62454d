package nl.burgernet.systemtest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Inside the application, for the benchmarks: participants by the hundred thousand (one INSERT …
 * SELECT from MariaDB's sequence table, as a bulk import would), the figures of a send request
 * measured by the database's own times, and the results file the report is written from.
 */
@Stateless
@PermitAll
public class BenchmarkData {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /** A municipality of the reference data no other test uses: the n-th from the end. */
  public long municipality(int n) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM municipality ORDER BY id DESC LIMIT 1 OFFSET ?1")
                .setParameter(1, n)
                .getSingleResult())
        .longValue();
  }

  /**
   * Active participants living in the municipality who want the channel.
   *
   * @param tag one digit, unique per call, that keeps numbers and addresses apart
   */
  public int createParticipants(long municipality, int count, String channel, int tag) {
    int created =
        em.createNativeQuery(
                "INSERT INTO participant (reference, name, mobile, email, home_postcode,"
                    + " home_house_number, home_municipality_id, year_of_birth, source, consent_at,"
                    + " registered_at, status, status_changed_at, unsubscribe_token,"
                    + " scope_region_id, scope_municipality_id)"
                    + " SELECT UUID(), CONCAT('Deelnemer ', seq),"
                    + " CONCAT('+3169', ?2, LPAD(seq, 6, '0')),"
                    + " CONCAT('bench-', ?2, '-', seq, '@burgernet.test'), '3511 AB', seq, m.id,"
                    + " 1980, 'CARD', NOW(3), NOW(3), 'ACTIVE', NOW(3),"
                    + " REPLACE(REPLACE(REPLACE(TO_BASE64(RANDOM_BYTES(32)), '+', '-'), '/', '_'),"
                    + " '=', ''), m.region_id, m.id"
                    + " FROM seq_1_to_"
                    + count
                    + " JOIN municipality m ON m.id = ?1")
            .setParameter(1, municipality)
            .setParameter(2, tag)
            .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO participant_channel (participant_id, channel)"
                + " SELECT id, ?2 FROM participant"
                + " WHERE home_municipality_id = ?1 AND email LIKE CONCAT('bench-', ?3, '-%')")
        .setParameter(1, municipality)
        .setParameter(2, channel)
        .setParameter(3, tag)
        .executeUpdate();
    return created;
  }

  /** Active participants of the municipality who want e-mail. */
  public long mailReaders(long municipality) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM participant p JOIN participant_channel c"
                        + " ON c.participant_id = p.id AND c.channel = 'EMAIL'"
                        + " WHERE p.home_municipality_id = ?1 AND p.status = 'ACTIVE'"
                        + " AND p.email IS NOT NULL")
                .setParameter(1, municipality)
                .getSingleResult())
        .longValue();
  }

  public Set<Long> participantIds(long municipality, int offset, int count) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM participant WHERE home_municipality_id = ?1 ORDER BY id"
                    + " LIMIT ?2 OFFSET ?3")
            .setParameter(1, municipality)
            .setParameter(2, count)
            .setParameter(3, offset)
            .getResultList();
    Set<Long> result = new HashSet<>();
    ids.forEach(id -> result.add(((Number) id).longValue()));
    return result;
  }

  /** Deliveries of the request in the state. */
  public long count(long requestId, String state) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM delivery WHERE request_id = ?1 AND state = ?2")
                .setParameter(1, requestId)
                .setParameter(2, state)
                .getSingleResult())
        .longValue();
  }

  /** Deliveries of the request: one per recipient and channel. */
  public long recipients(long requestId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM delivery WHERE request_id = ?1")
                .setParameter(1, requestId)
                .getSingleResult())
        .longValue();
  }

  /** Whether a delivery of the request was handed to its gateway yet. */
  public boolean anySent(long requestId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM delivery WHERE request_id = ?1 AND sent_at IS NOT NULL LIMIT 1")
        .setParameter(1, requestId)
        .getResultList()
        .isEmpty();
  }

  /** Deliveries of the request not yet handed to the gateway (nor given up). */
  public long open(long requestId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM delivery WHERE request_id = ?1"
                        + " AND state IN ('PENDING', 'QUEUED')")
                .setParameter(1, requestId)
                .getSingleResult())
        .longValue();
  }

  /** Milliseconds from the request's submit to its first delivery handed to the gateway. */
  public double millisToFirstSent(long requestId) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT TIMESTAMPDIFF(MICROSECOND, r.requested_at, MIN(d.sent_at))"
                            + " FROM send_request r JOIN delivery d ON d.request_id = r.id"
                            + " WHERE r.id = ?1")
                    .setParameter(1, requestId)
                    .getSingleResult())
            .doubleValue()
        / 1000;
  }

  /** Seconds from the request's first to its last delivery handed to the gateway. */
  public double secondsSending(long requestId) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT TIMESTAMPDIFF(MICROSECOND, MIN(sent_at), MAX(sent_at))"
                            + " FROM delivery WHERE request_id = ?1")
                    .setParameter(1, requestId)
                    .getSingleResult())
            .doubleValue()
        / 1_000_000;
  }

  /** Seconds from the request's submit to the last change of any of its deliveries. */
  public double secondsToLastChange(long requestId) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT TIMESTAMPDIFF(MICROSECOND, r.requested_at, MAX(d.state_changed_at))"
                            + " FROM send_request r JOIN delivery d ON d.request_id = r.id"
                            + " WHERE r.id = ?1")
                    .setParameter(1, requestId)
                    .getSingleResult())
            .doubleValue()
        / 1_000_000;
  }

  /** Adds figures to the results file the report is written from (outside the application). */
  public static void record(Properties figures) {
    Path file = Path.of(System.getProperty("burgernet.benchmark.results"));
    Properties all = read(file);
    all.putAll(figures);
    try (Writer out = Files.newBufferedWriter(file)) {
      all.store(out, "delivery benchmark figures");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Properties read(Path file) {
    Properties figures = new Properties();
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file)) {
        figures.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return figures;
  }
}

package nl.burgernet.participant.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.burgernet.participant.entity.ImportState;
import nl.burgernet.participant.entity.ParticipantImport;
import nl.burgernet.participant.entity.RegistrationPolicy;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * The life of an import as the runners see it, each step in its own transaction: which imports wait
 * for a runner, claiming one through the database (a lease that every batch renews and that another
 * instance takes over only after it lapsed: a crashed or restarted server blocks an import for one
 * lease at most), starting, finishing and failing it.
 */
@Stateless
@ScopeFiltered
@SystemScope
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {

  /** How long a claim holds without a batch written; a batch takes well under a second. */
  public static final Duration LEASE = Duration.ofSeconds(60);

  /**
   * This JVM as the claim names it: process, host and start time, so a restarted server (even with
   * the same process id) is another instance and waits for the old lease to lapse.
   */
  public static final String INSTANCE =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + ManagementFactory.getRuntimeMXBean().getStartTime();

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private RegionPolicies policies;

  /** What a runner needs to go on with an import from its checkpoint. */
  public record Started(
      long id,
      byte[] content,
      int checkpoint,
      ImportBatch.Area area,
      String createdBy,
      Instant createdAt,
      List<Municipality> municipalities) {}

  /** Imports that wait for a runner: queued, or running under a lease that lapsed. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Long> waiting() {
    return em.createNamedQuery(ParticipantImport.WAITING, Long.class)
        .setParameter("open", EnumSet.of(ImportState.QUEUED, ImportState.RUNNING))
        .setParameter("now", clock.instant())
        .getResultList();
  }

  /** Whether this instance holds the import now, for one lease. */
  public boolean claim(long importId) {
    Instant now = clock.instant();
    return em.createNativeQuery(
                "UPDATE participant_import SET claimed_by = ?1, claimed_until = ?2"
                    + " WHERE id = ?3 AND state IN ('QUEUED', 'RUNNING')"
                    + " AND (claimed_until IS NULL OR claimed_until < ?4 OR claimed_by = ?1)")
            .setParameter(1, INSTANCE)
            .setParameter(2, Timestamp.from(now.plus(LEASE)))
            .setParameter(3, importId)
            .setParameter(4, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  public Started start(long importId) {
    ParticipantImport job = em.find(ParticipantImport.class, importId);
    job.start(clock.instant());
    List<Municipality> municipalities =
        em.createNamedQuery(Municipality.ALL, Municipality.class).getResultList();
    return new Started(
        importId,
        job.getContent(),
        job.getProcessed(),
        new ImportBatch.Area(job.getScopeRegionId(), job.getScopeMunicipalityId()),
        job.getCreatedBy(),
        job.getCreatedAt(),
        municipalities);
  }

  /**
   * The registration policy of a region, read in a transaction of its own: the runner works outside
   * one, where the scope this bean sets would not reach the query (and the policy is read from the
   * store until it is in the shared cache).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public RegistrationPolicy policyOf(Long regionId) {
    return policies.of(regionId);
  }

  public void finish(long importId) {
    ParticipantImport job = em.find(ParticipantImport.class, importId);
    if (job.isComplete()) {
      job.finish(clock.instant());
    }
  }

  public void fail(long importId, String reason) {
    em.find(ParticipantImport.class, importId).fail(reason, clock.instant());
  }

  /** The file as it is kept: gzip, about a quarter of its size for this kind of CSV. */
  public static byte[] compress(byte[] content) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(content.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compressed.toByteArray();
  }

  public static byte[] decompress(byte[] compressed) {
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      return gzip.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

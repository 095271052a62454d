package nl.burgernet.participant.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.platform.boundary.BusinessException;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Runs a claimed import from its checkpoint to the end: reads the kept file once, then decides and
 * writes batches of {@link #BATCH} rows, each in its own transaction. A restart in between loses at
 * most the batch being written, which the next runner writes again from the checkpoint.
 */
@Stateless
@ScopeFiltered
@SystemScope
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

  /** Rows per transaction: large enough for multi-row inserts, small enough to lose little. */
  public static final int BATCH = 1000;

  /**
   * Batches written at once: the next one's participants go in while the previous one finishes
   * ({@link ImportWriter}), so the database works on two connections and both cores.
   */
  private static final int WRITING_AT_ONCE = 2;

  @Inject private ImportJobs jobs;

  @Inject private ImportWriter writer;

  @Inject private Duplicates duplicates;

  @Inject private Geocoder geocoder;

  /** Gives one validator for a whole import rather than a call through a proxy per row. */
  @Inject private ValidatorFactory validators;

  @Inject private Clock clock;

  @Resource private ManagedExecutorService executor;

  @Inject private Logger log;

  private static void awaitWritten(Future<?> writing) {
    try {
      writing.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a batch was written", e);
    }
  }

  /** Runs the import if this instance can claim it; returns whether it ran to its end. */
  public boolean runIfFree(long importId) {
    if (!jobs.claim(importId)) {
      return false;
    }
    ImportJobs.Started started = jobs.start(importId);
    List<ImportRow> rows;
    try {
      rows = ImportFile.read(ImportJobs.decompress(started.content())).rows();
    } catch (BusinessException e) {
      // the file was read when it was uploaded; if it cannot be read now, say so and stop
      jobs.fail(importId, e.getMessageKey());
      return false;
    }
    ImportBatch batch =
        new ImportBatch(
            started.area(),
            ImportRowCheck.using(validators),
            geocoder,
            started.municipalities(),
            jobs::policyOf,
            duplicates::contactsTaken,
            new ImportBatch.Origin(importId, started.createdBy(), started.createdAt()),
            new ImportBatch.Helpers(executor, Runtime.getRuntime().availableProcessors()));
    int checkpoint = started.checkpoint();
    long began = System.nanoTime();
    long decideNanos = 0;
    long waitNanos = 0;
    try {
      // the next batch is decided here while earlier ones are written on other threads: the
      // application's work and the database's overlap instead of taking turns; batches still
      // commit one after the other, in order, each from the checkpoint the previous one left
      Deque<Future<?>> writing = new ArrayDeque<>();
      Future<?> last = CompletableFuture.completedFuture(null);
      for (int from = checkpoint; from < rows.size(); from += BATCH) {
        long deciding = System.nanoTime();
        List<ImportedRow> decided =
            batch.decide(rows.subList(from, Math.min(from + BATCH, rows.size())));
        long waiting = System.nanoTime();
        decideNanos += waiting - deciding;
        if (writing.size() == WRITING_AT_ONCE) {
          awaitWritten(writing.removeFirst());
        }
        waitNanos += System.nanoTime() - waiting;
        int at = from;
        Future<?> before = last;
        last =
            executor.submit(
                () ->
                    writer.write(
                        importId,
                        ImportJobs.INSTANCE,
                        at,
                        decided,
                        clock.instant().plus(ImportJobs.LEASE),
                        before));
        writing.addLast(last);
      }
      while (!writing.isEmpty()) {
        awaitWritten(writing.removeFirst());
      }
    } catch (ConflictException e) {
      log.warning(() -> "Import " + importId + " was taken over by another instance");
      return false;
    } catch (RuntimeException e) {
      // the lease lapses and a runner tries again from the checkpoint
      log.log(Level.WARNING, "Import " + importId + " stopped; it resumes from its checkpoint", e);
      return false;
    }
    jobs.finish(importId);
    double seconds = (System.nanoTime() - began) / 1e9;
    int done = rows.size() - checkpoint;
    double decideSeconds = decideNanos / 1e9;
    double waitSeconds = waitNanos / 1e9;
    // where the time went: deciding rows here, or waiting for the database to write a batch
    log.info(
        () ->
            String.format(
                "Import %d: %d rows in %.1f s (%.0f rows/s; deciding %.1f s, waiting for writes"
                    + " %.1f s)",
                importId,
                done,
                seconds,
                done / Math.max(seconds, 1e-9),
                decideSeconds,
                waitSeconds));
    return true;
  }
}

package nl.burgernet.participant.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A CSV file of participants being imported (cards, migrated SMS-alert participants): the file
 * itself (gzip), how far the import got and the counts so far. Rows are processed in order and
 * {@link #getProcessed()} is the checkpoint: everything up to it is written with its report line.
 * Scoped to the municipality (or region) of the relation manager who uploaded it.
 */
@Entity
@Table(name = "participant_import")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = ParticipantImport.RECENT,
    query = "SELECT i FROM ParticipantImport i ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(
    name = ParticipantImport.WAITING,
    query =
        "SELECT i.id FROM ParticipantImport i WHERE i.state IN :open"
            + " AND (i.claimedUntil IS NULL OR i.claimedUntil < :now) ORDER BY i.id")
public class ParticipantImport {

  public static final String RECENT = "ParticipantImport.recent";
  public static final String WAITING = "ParticipantImport.waiting";

  public static final int FILE_NAME_LENGTH = 255;

  private static final int FAILURE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "file_name", length = FILE_NAME_LENGTH)
  private String fileName;

  /** The file as uploaded, gzip-compressed; read only by the runner. */
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ImportState state;

  @Column(name = "total_rows", nullable = false, updatable = false)
  private int rows;

  @Column(name = "processed_rows", nullable = false)
  private int processed;

  @Column(name = "imported_rows", nullable = false)
  private int imported;

  @Column(name = "held_rows", nullable = false)
  private int held;

  @Column(name = "refused_rows", nullable = false)
  private int refused;

  /** Rows that went to the call-back list: incomplete, neither a participant nor refused. */
  @Column(name = "call_back_rows", nullable = false)
  private int callBack;

  @Column(name = "created_by", nullable = false, length = 60, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(length = FAILURE_LENGTH)
  private String failure;

  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected ParticipantImport() {}

  public ParticipantImport(
      String fileName,
      byte[] compressedContent,
      int rows,
      String createdBy,
      Instant now,
      Long scopeRegionId,
      Long scopeMunicipalityId) {
    this.fileName = fileName;
    this.content = Objects.requireNonNull(compressedContent, "content");
    this.rows = rows;
    this.createdBy = Objects.requireNonNull(createdBy, "created by");
    this.createdAt = Objects.requireNonNull(now, "now");
    this.state = ImportState.QUEUED;
    this.scopeRegionId = scopeRegionId;
    this.scopeMunicipalityId = scopeMunicipalityId;
  }

  /** A runner took the import (first time or after a restart). */
  public void start(Instant now) {
    if (isDone()) {
      throw new IllegalStateException("import " + id + " is " + state);
    }
    if (startedAt == null) {
      startedAt = now;
    }
    state = ImportState.RUNNING;
  }

  /** One batch written: the checkpoint moves on and the counts grow. */
  public void advance(int rowsDone, int importedRows, int heldRows, int refusedRows) {
    if (state != ImportState.RUNNING || processed + rowsDone > rows) {
      throw new IllegalStateException("import " + id + " cannot take " + rowsDone + " rows");
    }
    processed += rowsDone;
    imported += importedRows;
    held += heldRows;
    refused += refusedRows;
  }

  public void finish(Instant now) {
    state = ImportState.FINISHED;
    finishedAt = now;
    claimedBy = null;
    claimedUntil = null;
  }

  /** Stopped for good by something other than a row (e.g. the file cannot be read any more). */
  public void fail(String reason, Instant now) {
    state = ImportState.FAILED;
    finishedAt = now;
    failure =
        reason == null || reason.length() <= FAILURE_LENGTH
            ? reason
            : reason.substring(0, FAILURE_LENGTH);
    claimedBy = null;
    claimedUntil = null;
  }

  public boolean isDone() {
    return state == ImportState.FINISHED || state == ImportState.FAILED;
  }

  /** Whether the runner may stop: every row has its report line. */
  public boolean isComplete() {
    return processed == rows;
  }

  public Long getId() {
    return id;
  }

  public Optional<String> getFileName() {
    return Optional.ofNullable(fileName);
  }

  public byte[] getContent() {
    return content;
  }

  public ImportState getState() {
    return state;
  }

  public int getRows() {
    return rows;
  }

  public int getProcessed() {
    return processed;
  }

  /** Rows that became a participant, in whatever status (active, or waiting in a queue). */
  public int getImported() {
    return imported;
  }

  /** Of the imported rows, those waiting in one of the relation manager's queues. */
  public int getHeld() {
    return held;
  }

  public int getRefused() {
    return refused;
  }

  public int getCallBack() {
    return callBack;
  }

  /** Whole percent of the rows processed, for the progress bar. */
  public int getPercentDone() {
    return rows == 0 ? 100 : (int) (100L * processed / rows);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Optional<Instant> getStartedAt() {
    return Optional.ofNullable(startedAt);
  }

  public Optional<Instant> getFinishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public Optional<String> getFailure() {
    return Optional.ofNullable(failure);
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }
}

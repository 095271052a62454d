package nl.burgernet.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * One entry of an action's dossier (actiedossier): a step or an in- or outgoing message, who did it
 * and when. Entries are only appended. Each stores the SHA-256 of its own content and a chain hash
 * over the previous entry's chain hash and that content hash, so changing, removing or inserting an
 * entry anywhere breaks the chain from that entry on ({@link #firstBroken}).
 */
@Entity
@Table(name = "action_dossier_entry")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = DossierEntry.OF_ACTION,
    query = "SELECT e FROM DossierEntry e WHERE e.actionId = :action ORDER BY e.sequence")
@NamedQuery(
    name = DossierEntry.LAST_OF_ACTION,
    query = "SELECT e FROM DossierEntry e WHERE e.actionId = :action ORDER BY e.sequence DESC")
public class DossierEntry {

  public static final String OF_ACTION = "DossierEntry.ofAction";
  public static final String LAST_OF_ACTION = "DossierEntry.lastOfAction";

  /** The chain hash before the first entry. */
  static final String GENESIS = "0".repeat(64);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "action_id", nullable = false, updatable = false)
  private Long actionId;

  @Column(nullable = false, updatable = false)
  private int sequence;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(nullable = false, length = 60, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private DossierEntryKind kind;

  @Column(nullable = false, updatable = false)
  private String content;

  @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
  private String contentHash;

  @Column(name = "chain_hash", nullable = false, length = 64, updatable = false)
  private String chainHash;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected DossierEntry() {}

  private DossierEntry(
      Action action,
      int sequence,
      String previousChainHash,
      String actor,
      DossierEntryKind kind,
      String content,
      Instant now) {
    this.actionId = Objects.requireNonNull(action.getId(), "a stored action");
    this.sequence = sequence;
    // the database keeps milliseconds: hash what is stored, so verification recomputes the same
    this.recordedAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.actor = Objects.requireNonNull(actor, "actor");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.content = Objects.requireNonNull(content, "content");
    this.contentHash = contentHashOf(sequence, recordedAt, actor, kind, content);
    this.chainHash = chainHashOf(previousChainHash, contentHash);
    this.scopeRegionId = action.scope().regionId();
    this.scopeMunicipalityId = action.scope().municipalityId();
  }

  /**
   * The next entry of the action's dossier.
   *
   * @param last the dossier's last entry so far, or empty for the first
   */
  public static DossierEntry after(
      Optional<DossierEntry> last,
      Action action,
      String actor,
      DossierEntryKind kind,
      String content,
      Instant now) {
    return new DossierEntry(
        action,
        last.map(e -> e.sequence + 1).orElse(1),
        last.map(e -> e.chainHash).orElse(GENESIS),
        actor,
        kind,
        content,
        now);
  }

  /**
   * The sequence number of the first entry that is not as it was written, or empty when the whole
   * dossier holds.
   *
   * @param entries the dossier in sequence order
   */
  public static Optional<Integer> firstBroken(List<DossierEntry> entries) {
    String previous = GENESIS;
    int expectedSequence = 1;
    for (DossierEntry entry : entries) {
      String content =
          contentHashOf(entry.sequence, entry.recordedAt, entry.actor, entry.kind, entry.content);
      if (entry.sequence != expectedSequence
          || !content.equals(entry.contentHash)
          || !chainHashOf(previous, content).equals(entry.chainHash)) {
        return Optional.of(entry.sequence);
      }
      previous = entry.chainHash;
      expectedSequence++;
    }
    return Optional.empty();
  }

  private static String contentHashOf(
      int sequence, Instant recordedAt, String actor, DossierEntryKind kind, String content) {
    // fields separated by a character that cannot occur in them, so no two entries hash alike
    return sha256(
        sequence
            + "\u0000"
            + recordedAt.toEpochMilli()
            + "\u0000"
            + actor
            + "\u0000"
            + kind
            + "\u0000"
            + content);
  }

  private static String chainHashOf(String previousChainHash, String contentHash) {
    return sha256(previousChainHash + contentHash);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  public Long getId() {
    return id;
  }

  public Long getActionId() {
    return actionId;
  }

  public int getSequence() {
    return sequence;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getActor() {
    return actor;
  }

  public DossierEntryKind getKind() {
    return kind;
  }

  public String getContent() {
    return content;
  }

  public String getChainHash() {
    return chainHash;
  }
}

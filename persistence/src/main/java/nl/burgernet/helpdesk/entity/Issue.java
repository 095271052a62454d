package nl.burgernet.helpdesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * An item of the issue list (issuelijst): a known problem or a wish, raised by staff or from a
 * ticket, on which the functional administrator decides. Scoped by the raiser's region and
 * municipality; items raised nationally are seen by national staff.
 */
@Entity
@Table(name = "helpdesk_issue")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = Issue.ALL,
    query = "SELECT i FROM Issue i ORDER BY i.status, i.raisedAt DESC, i.id DESC")
public class Issue {

  public static final String ALL = "Issue.all";

  public static final int TITLE_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 4000;
  public static final int NOTE_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private IssueKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IssueStatus status;

  @Column(nullable = false, length = TITLE_LENGTH, updatable = false)
  private String title;

  @Column(nullable = false, length = DESCRIPTION_LENGTH, updatable = false)
  private String description;

  @Column(name = "ticket_id", updatable = false)
  private Long ticketId;

  @Column(name = "raised_by", nullable = false, length = 60, updatable = false)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "status_note", length = NOTE_LENGTH)
  private String statusNote;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected Issue() {}

  public Issue(
      IssueKind kind,
      String title,
      String description,
      Long ticketId,
      String raisedBy,
      Long regionId,
      Long municipalityId,
      Instant now) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.title = Objects.requireNonNull(title, "title").strip();
    this.description = Objects.requireNonNull(description, "description").strip();
    this.ticketId = ticketId;
    this.raisedBy = Objects.requireNonNull(raisedBy, "raised by");
    this.scopeRegionId = regionId;
    this.scopeMunicipalityId = municipalityId;
    this.raisedAt = now;
    this.status = IssueStatus.OPEN;
    this.statusChangedAt = now;
  }

  /** The functional administrator's decision, with an optional explanation. */
  public void decide(IssueStatus decision, String note, Instant now) {
    this.status = Objects.requireNonNull(decision, "status");
    this.statusNote = note == null || note.isBlank() ? null : note.strip();
    this.statusChangedAt = now;
  }

  public Long getId() {
    return id;
  }

  public IssueKind getKind() {
    return kind;
  }

  public IssueStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Optional<Long> getTicketId() {
    return Optional.ofNullable(ticketId);
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public Optional<String> getStatusNote() {
    return Optional.ofNullable(statusNote);
  }
}

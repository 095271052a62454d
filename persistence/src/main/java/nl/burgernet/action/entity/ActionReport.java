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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * The public report (actieverslag) of a closed action: a title and a short text for the public
 * website, written by the police communications officer of the action's unit. It keeps the action's
 * kind, outcome and closing time, so the public pages never read the action itself (whose
 * description names a suspect or a missing person). It carries the action's scope; published, it is
 * public.
 */
@Entity
@Table(name = "action_report")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = ActionReport.OF_ACTION,
    query = "SELECT r FROM ActionReport r WHERE r.actionId = :action")
@NamedQuery(
    name = ActionReport.PUBLISHED,
    query =
        "SELECT r FROM ActionReport r WHERE r.publishedAt IS NOT NULL"
            + " ORDER BY r.publishedAt DESC, r.id DESC")
@NamedQuery(
    name = ActionReport.PUBLISHED_IN_REGION,
    query =
        "SELECT r FROM ActionReport r WHERE r.publishedAt IS NOT NULL"
            + " AND r.scopeRegionId = :region ORDER BY r.publishedAt DESC, r.id DESC")
public class ActionReport {

  public static final String OF_ACTION = "ActionReport.ofAction";
  public static final String PUBLISHED = "ActionReport.published";
  public static final String PUBLISHED_IN_REGION = "ActionReport.publishedInRegion";

  public static final int TITLE_LENGTH = 120;
  public static final int BODY_LENGTH = 1500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "action_id", nullable = false, unique = true, updatable = false)
  private Long actionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private ActionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private Outcome outcome;

  @Column(name = "closed_at", nullable = false, updatable = false)
  private Instant closedAt;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(nullable = false, length = BODY_LENGTH)
  private String body;

  @Column(name = "written_by", nullable = false, length = 60)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "published_by", length = 60)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "mail_request_id")
  private Long mailRequestId;

  @Column(name = "scope_region_id", nullable = false, updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected ActionReport() {}

  /** The first text of a closed action's report, not yet published. */
  public ActionReport(Action action, String title, String body, String writer, Instant now) {
    if (action.isOpen()) {
      throw new IllegalStateException("an open action has no report yet");
    }
    this.actionId = action.getId();
    this.kind = action.getKind();
    this.outcome = action.getOutcome().orElseThrow();
    this.closedAt = action.getClosedAt().orElseThrow();
    this.scopeRegionId = Objects.requireNonNull(action.scope().regionId(), "region");
    this.scopeMunicipalityId = action.scope().municipalityId();
    rewrite(title, body, writer, now);
  }

  /** A new text; once published, the public sees the new text at once. */
  public final void rewrite(String title, String body, String writer, Instant now) {
    this.title = title.strip();
    this.body = body.strip();
    this.writtenBy = Objects.requireNonNull(writer, "writer");
    this.writtenAt = now.truncatedTo(ChronoUnit.MILLIS);
  }

  /** Public from now on; publishing again keeps the first publication time. */
  public void publish(String publisher, Instant now) {
    if (publishedAt == null) {
      this.publishedBy = Objects.requireNonNull(publisher, "publisher");
      this.publishedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }
  }

  public void mailedBy(long requestId) {
    this.mailRequestId = requestId;
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long getActionId() {
    return actionId;
  }

  public ActionKind getKind() {
    return kind;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public Optional<String> getPublishedBy() {
    return Optional.ofNullable(publishedBy);
  }

  public Optional<Instant> getPublishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public Optional<Long> getMailRequestId() {
    return Optional.ofNullable(mailRequestId);
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }
}

package nl.burgernet.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * One line of the append-only audit trail with the fields BIO 8.15.01 asks for: who did what to
 * which object, with what result, from where and when. It has no setters, and the database refuses
 * updates and deletes of its table.
 */
@Entity
@Table(name = "audit_entry")
@AdditionalCriteria("(:scopeRegion = 0 OR this.regionId = :scopeRegion)")
@NamedQuery(
    name = AuditEntry.LATEST,
    query = "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(
    name = AuditEntry.BY_ACTOR_AND_ACTION,
    query =
        "SELECT a FROM AuditEntry a WHERE a.actor = :actor AND a.action = :action"
            + " ORDER BY a.id DESC")
public class AuditEntry {

  public static final String LATEST = "AuditEntry.latest";
  public static final String BY_ACTOR_AND_ACTION = "AuditEntry.byActorAndAction";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 60)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private AuditAction action;

  @Column(name = "object_type", nullable = false, updatable = false, length = 60)
  private String objectType;

  @Column(name = "object_id", updatable = false, length = 80)
  private String objectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private AuditResult result;

  @Column(nullable = false, updatable = false, length = 80)
  private String origin;

  /** The actor's region, so that a regional bureau reads only its own trail. */
  @Column(name = "region_id", updatable = false)
  private Long regionId;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      AuditAction action,
      String objectType,
      String objectId,
      AuditResult result,
      String origin,
      Long regionId) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.objectType = Objects.requireNonNull(objectType);
    this.objectId = objectId;
    this.result = Objects.requireNonNull(result);
    this.origin = Objects.requireNonNull(origin);
    this.regionId = regionId;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public AuditResult getResult() {
    return result;
  }

  public String getOrigin() {
    return origin;
  }

  public Long getRegionId() {
    return regionId;
  }
}

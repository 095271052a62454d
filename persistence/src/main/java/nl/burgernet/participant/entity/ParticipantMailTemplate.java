package nl.burgernet.participant.entity;

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
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A region's own text of one participant mail (subject and body with named placeholders such as
 * {@code {naam}}); without one the application's default text is sent. Scoped by region: a regional
 * bureau sees and edits its own texts.
 */
@Entity
@Table(name = "participant_mail_template")
@AdditionalCriteria("(:scopeRegion = 0 OR this.regionId = :scopeRegion)")
@NamedQuery(
    name = ParticipantMailTemplate.OF_REGION,
    query = "SELECT t FROM ParticipantMailTemplate t WHERE t.regionId = :region AND t.kind = :kind")
public class ParticipantMailTemplate {

  public static final String OF_REGION = "ParticipantMailTemplate.ofRegion";

  public static final int SUBJECT_LENGTH = 200;
  public static final int BODY_LENGTH = 5000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "region_id", nullable = false, updatable = false)
  private Long regionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private ParticipantMailKind kind;

  @Column(nullable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Column(nullable = false, length = BODY_LENGTH)
  private String body;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 60)
  private String changedBy;

  protected ParticipantMailTemplate() {}

  public ParticipantMailTemplate(long regionId, ParticipantMailKind kind) {
    this.regionId = regionId;
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** The region's new text; the placeholders were checked by the caller. */
  public void change(String subject, String body, String changedBy, Instant now) {
    this.subject = Objects.requireNonNull(subject, "subject").strip();
    this.body = Objects.requireNonNull(body, "body").strip();
    this.changedBy = Objects.requireNonNull(changedBy, "changed by");
    this.changedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getRegionId() {
    return regionId;
  }

  public ParticipantMailKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}

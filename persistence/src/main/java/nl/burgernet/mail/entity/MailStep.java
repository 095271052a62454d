package nl.burgernet.mail.entity;

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
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/** One step in a mail's record: what happened, who did it, when, and their comment. */
@Entity
@Table(name = "burgernet_mail_step")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = MailStep.OF_MAIL,
    query = "SELECT s FROM MailStep s WHERE s.mailId = :mail ORDER BY s.id")
public class MailStep {

  public static final String OF_MAIL = "MailStep.ofMail";

  public static final int NOTE_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "mail_id", nullable = false, updatable = false)
  private Long mailId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private MailStepKind step;

  @Column(nullable = false, length = 60, updatable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(length = NOTE_LENGTH, updatable = false)
  private String note;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected MailStep() {}

  /** A step of the mail, seen by whoever sees the mail. */
  public MailStep(BurgernetMail mail, MailStepKind step, String actor, String note, Instant now) {
    this.mailId = Objects.requireNonNull(mail.getId(), "a saved mail");
    this.step = Objects.requireNonNull(step, "step");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.occurredAt = now;
    if (note != null && note.strip().length() > NOTE_LENGTH) {
      throw new IllegalArgumentException("a note has at most " + NOTE_LENGTH + " characters");
    }
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.scopeRegionId = mail.getScopeRegionId();
    this.scopeMunicipalityId = mail.getScopeMunicipalityId();
  }

  public Long getId() {
    return id;
  }

  public Long getMailId() {
    return mailId;
  }

  public MailStepKind getStep() {
    return step;
  }

  public String getActor() {
    return actor;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Optional<String> getNote() {
    return Optional.ofNullable(note);
  }
}

package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.burgernet.mail.entity.MailKind;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/** One sent Burgernetmail as the MARAP counts it: where, what kind, how many got it or not. */
@Entity
@Table(name = "marap_mail")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = MailCount.OF_REGION,
    query =
        "SELECT m FROM MailCount m WHERE m.scopeRegionId = :region"
            + " AND m.sentAt >= :from AND m.sentAt < :until")
public class MailCount {

  public static final String OF_REGION = "MailCount.ofRegion";

  @Id
  @Column(name = "mail_id")
  private Long mailId;

  @Column(name = "scope_region_id", nullable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", nullable = false)
  private Long scopeMunicipalityId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private MailKind kind;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(nullable = false)
  private long recipients;

  @Column(nullable = false)
  private long undelivered;

  @Column(name = "counted_at", nullable = false)
  private Instant countedAt;

  protected MailCount() {}

  public MailCount(
      long mailId,
      long regionId,
      long municipalityId,
      MailKind kind,
      Instant sentAt,
      long recipients,
      long undelivered,
      Instant countedAt) {
    this.mailId = mailId;
    this.scopeRegionId = regionId;
    this.scopeMunicipalityId = municipalityId;
    this.kind = kind;
    this.sentAt = sentAt;
    this.recipients = recipients;
    this.undelivered = undelivered;
    this.countedAt = countedAt;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }

  public MailKind getKind() {
    return kind;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public long getRecipients() {
    return recipients;
  }

  public long getUndelivered() {
    return undelivered;
  }

  public Instant getCountedAt() {
    return countedAt;
  }
}

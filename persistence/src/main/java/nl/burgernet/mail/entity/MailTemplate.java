package nl.burgernet.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A region's starting text for a kind of mail; reference data, the same for all its staff. */
@Entity
@Table(name = "mail_template")
@NamedQuery(
    name = MailTemplate.OF_REGION,
    query = "SELECT t FROM MailTemplate t WHERE t.regionId = :region ORDER BY t.kind, t.name")
public class MailTemplate {

  public static final String OF_REGION = "MailTemplate.ofRegion";

  @Id private Long id;

  @Column(name = "region_id", nullable = false)
  private Long regionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private MailKind kind;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = BurgernetMail.SUBJECT_LENGTH)
  private String subject;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  protected MailTemplate() {}

  public Long getId() {
    return id;
  }

  public Long getRegionId() {
    return regionId;
  }

  public MailKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }
}

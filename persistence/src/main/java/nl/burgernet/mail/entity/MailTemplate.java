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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A region's starting text for a kind of mail, the same for all its staff; its regional bureau
 * writes, changes and retires it. The body is sanitised HTML, like a mail's. A retired template is
 * no longer offered; the mails started from it keep their own copy of the text.
 */
@Entity
@Table(name = "mail_template")
@NamedQuery(
    name = MailTemplate.OF_REGION,
    query =
        "SELECT t FROM MailTemplate t WHERE t.regionId = :region"
            + " ORDER BY t.retiredAt, t.kind, t.name")
@NamedQuery(
    name = MailTemplate.OFFERED_IN_REGION,
    query =
        "SELECT t FROM MailTemplate t WHERE t.regionId = :region AND t.retiredAt IS NULL"
            + " ORDER BY t.kind, t.name")
@NamedQuery(
    name = MailTemplate.BY_ID_IN_REGION,
    query = "SELECT t FROM MailTemplate t WHERE t.id = :id AND t.regionId = :region")
public class MailTemplate {

  public static final String OF_REGION = "MailTemplate.ofRegion";
  public static final String OFFERED_IN_REGION = "MailTemplate.offeredInRegion";
  public static final String BY_ID_IN_REGION = "MailTemplate.byIdInRegion";

  public static final int NAME_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "region_id", nullable = false, updatable = false)
  private Long regionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private MailKind kind;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(nullable = false, length = BurgernetMail.SUBJECT_LENGTH)
  private String subject;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "retired_at")
  private Instant retiredAt;

  protected MailTemplate() {}

  /**
   * @param html already sanitised
   */
  public MailTemplate(long regionId, MailKind kind, String name, String subject, String html) {
    this.regionId = regionId;
    change(kind, name, subject, html);
  }

  /**
   * @param html already sanitised
   */
  public void change(MailKind kind, String name, String subject, String html) {
    if (kind == null || isBlank(name) || isBlank(subject) || isBlank(html)) {
      throw new IllegalArgumentException("a template has a kind, a name, a subject and a text");
    }
    this.kind = kind;
    this.name = name.strip();
    this.subject = subject.strip();
    this.bodyHtml = html;
  }

  /** No longer offered to the composers; once retired it stays so. */
  public void retire(Instant now) {
    if (retiredAt == null) {
      retiredAt = now;
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

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

  public boolean isRetired() {
    return retiredAt != null;
  }
}

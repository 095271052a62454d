package nl.burgernet.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of text the regional bureau prepares once for the newsletters of all its municipalities:
 * a title and sanitised HTML, like a mail's body. The region's staff read it as reference data (as
 * {@link MailTemplate}); only its regional bureau changes it. A retired item is no longer offered,
 * but stays for the newsletters that used it.
 */
@Entity
@Table(name = "newsletter_item")
@NamedQuery(
    name = NewsletterItem.OF_REGION,
    query =
        "SELECT i FROM NewsletterItem i WHERE i.regionId = :region"
            + " ORDER BY i.retiredAt, i.updatedAt DESC")
@NamedQuery(
    name = NewsletterItem.OFFERED_IN_REGION,
    query =
        "SELECT i FROM NewsletterItem i WHERE i.regionId = :region AND i.retiredAt IS NULL"
            + " ORDER BY i.title")
public class NewsletterItem {

  public static final String OF_REGION = "NewsletterItem.ofRegion";
  public static final String OFFERED_IN_REGION = "NewsletterItem.offeredInRegion";

  public static final int TITLE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "region_id", nullable = false, updatable = false)
  private Long regionId;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "created_by", nullable = false, length = 60, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  protected NewsletterItem() {}

  /**
   * @param html already sanitised
   */
  public NewsletterItem(long regionId, String title, String html, String createdBy, Instant now) {
    this.regionId = regionId;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = now;
    change(title, html, now);
  }

  /**
   * @param html already sanitised
   */
  public void change(String title, String html, Instant now) {
    if (title == null || title.isBlank() || html == null || html.isBlank()) {
      throw new IllegalArgumentException("an item has a title and a text");
    }
    this.title = title.strip();
    this.bodyHtml = html;
    this.updatedAt = now;
  }

  /** No longer offered to the composers; once retired it stays so. */
  public void retire(Instant now) {
    if (retiredAt == null) {
      retiredAt = now;
      updatedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getRegionId() {
    return regionId;
  }

  public String getTitle() {
    return title;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Optional<Instant> getRetiredAt() {
    return Optional.ofNullable(retiredAt);
  }

  public boolean isRetired() {
    return retiredAt != null;
  }
}

package nl.burgernet.mail.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A resident's answer to a Digitaal Buurtonderzoek: one per delivery (the personal link names the
 * delivery), with the reply to each question and an optional photo. Part of the investigation's
 * record: the mail's boundary shows it to the investigating officer who asked, nobody else.
 */
@Entity
@Table(name = "inquiry_answer")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = InquiryAnswer.OF_MAIL,
    query = "SELECT a FROM InquiryAnswer a WHERE a.mailId = :mail ORDER BY a.answeredAt, a.id")
@NamedQuery(
    name = InquiryAnswer.COUNT_OF_MAIL,
    query = "SELECT COUNT(a) FROM InquiryAnswer a WHERE a.mailId = :mail")
@NamedQuery(
    name = InquiryAnswer.OF_DELIVERY,
    query = "SELECT a FROM InquiryAnswer a WHERE a.deliveryId = :delivery")
public class InquiryAnswer {

  public static final String OF_MAIL = "InquiryAnswer.ofMail";
  public static final String COUNT_OF_MAIL = "InquiryAnswer.countOfMail";
  public static final String OF_DELIVERY = "InquiryAnswer.ofDelivery";

  public static final int REPLY_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "mail_id", nullable = false, updatable = false)
  private Long mailId;

  @Column(name = "delivery_id", nullable = false, updatable = false)
  private Long deliveryId;

  @Column(name = "answered_at", nullable = false, updatable = false)
  private Instant answeredAt;

  /** Question id to the reply as the form took it (free text, JA/NEE, an ISO instant). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "inquiry_reply", joinColumns = @JoinColumn(name = "answer_id"))
  @MapKeyColumn(name = "question_id")
  @Column(name = "reply", nullable = false, length = REPLY_LENGTH)
  private Map<Long, String> replies = new HashMap<>();

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(updatable = false)
  private byte[] photo;

  @Column(name = "photo_type", length = 40, updatable = false)
  private String photoType;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected InquiryAnswer() {}

  /**
   * @param replies question id to reply; blank replies are left out
   * @param photo a safe JPEG, or null
   */
  public InquiryAnswer(
      BurgernetMail mail,
      long deliveryId,
      Map<Long, String> replies,
      byte[] photo,
      String photoType,
      Instant now) {
    this.mailId = Objects.requireNonNull(mail.getId(), "a saved mail");
    this.deliveryId = deliveryId;
    replies.forEach(
        (question, reply) -> {
          if (reply != null && !reply.isBlank()) {
            if (reply.strip().length() > REPLY_LENGTH) {
              throw new IllegalArgumentException("a reply has at most " + REPLY_LENGTH);
            }
            this.replies.put(question, reply.strip());
          }
        });
    this.photo = photo;
    this.photoType = photo == null ? null : Objects.requireNonNull(photoType, "photo type");
    this.answeredAt = now;
    this.scopeRegionId = mail.getScopeRegionId();
    this.scopeMunicipalityId = mail.getScopeMunicipalityId();
  }

  public Long getId() {
    return id;
  }

  public Long getMailId() {
    return mailId;
  }

  public Long getDeliveryId() {
    return deliveryId;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Optional<String> replyTo(long questionId) {
    return Optional.ofNullable(replies.get(questionId));
  }

  public boolean hasPhoto() {
    return photoType != null;
  }

  public byte[] getPhoto() {
    return photo;
  }

  public String getPhotoType() {
    return photoType;
  }
}

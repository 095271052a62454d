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
import java.util.Objects;
import java.util.Optional;
import nl.burgernet.security.entity.Scope;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A non-time-critical e-mail to the participants of a municipality: a prevention or liveability
 * message, a witness call, a newsletter. It is composed as a draft, reviewed where the rules want
 * it, approved, scheduled (or sent at once) and handed to the delivery pipeline; the steps are kept
 * in its record ({@link MailStep}).
 *
 * <p>Scoped by the author's scope: an ambassador's mail is seen in their municipality and by the
 * regional bureau; a police request (the officer has a regional scope) is not seen by
 * municipalities.
 */
@Entity
@Table(name = "burgernet_mail")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = BurgernetMail.LATEST,
    query = "SELECT m FROM BurgernetMail m ORDER BY m.updatedAt DESC, m.id DESC")
@NamedQuery(
    name = BurgernetMail.LATEST_OF_AUTHOR,
    query =
        "SELECT m FROM BurgernetMail m WHERE m.author = :author ORDER BY m.updatedAt DESC, m.id DESC")
@NamedQuery(
    name = BurgernetMail.SENT_IN_AREA_BETWEEN,
    query =
        "SELECT m FROM BurgernetMail m WHERE m.sentAt >= :from AND m.sentAt < :until"
            + " AND m.targetMunicipalityId IN (SELECT t.id FROM Municipality t"
            + " WHERE t.region.id = :region AND (:municipality = 0 OR t.id = :municipality))"
            + " ORDER BY m.sentAt, m.id")
@NamedQuery(
    name = BurgernetMail.DUE,
    query =
        "SELECT m.id FROM BurgernetMail m WHERE m.status = :status AND m.sendAt <= :now"
            + " ORDER BY m.sendAt")
@NamedQuery(
    name = BurgernetMail.CLAIM_IF_DUE,
    query =
        "SELECT m FROM BurgernetMail m WHERE m.id = :id AND m.status = :status AND m.sendAt <= :now")
@NamedQuery(
    name = BurgernetMail.OF_SEND_REQUEST,
    query = "SELECT m FROM BurgernetMail m WHERE m.sendRequestId = :request")
public class BurgernetMail {

  public static final String OF_SEND_REQUEST = "BurgernetMail.ofSendRequest";

  public static final String LATEST = "BurgernetMail.latest";
  public static final String LATEST_OF_AUTHOR = "BurgernetMail.latestOfAuthor";
  public static final String SENT_IN_AREA_BETWEEN = "BurgernetMail.sentInAreaBetween";
  public static final String DUE = "BurgernetMail.due";
  public static final String CLAIM_IF_DUE = "BurgernetMail.claimIfDue";

  public static final int SUBJECT_LENGTH = 200;

  /** Larger bodies are not mails people read; it also bounds what the sanitiser works on. */
  public static final int BODY_LENGTH = 100_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private MailKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private MailOrigin origin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MailStatus status;

  @Column(nullable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Column(name = "target_municipality_id", nullable = false)
  private Long targetMunicipalityId;

  /** A part of the municipality (drawn area or postcodes) as JSON; null: the whole of it. */
  @Column(name = "target_area")
  private String targetArea;

  @Column(nullable = false, length = 60, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "reviewed_subject", length = SUBJECT_LENGTH)
  private String reviewedSubject;

  @Column(name = "reviewed_text")
  private String reviewedText;

  @Column(name = "approved_by", length = 60)
  private String approvedBy;

  @Column(name = "send_at")
  private Instant sendAt;

  @Column(name = "send_request_id")
  private Long sendRequestId;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** The earlier mail whose recipients this one goes to; null for a mail to a municipality. */
  @Column(name = "follow_up_of", updatable = false)
  private Long followUpOf;

  /** Whether the mail went out with an open pixel and the footer line that says so. */
  @Column(name = "opens_counted", nullable = false)
  private boolean opensCounted;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected BurgernetMail() {}

  /**
   * A new draft.
   *
   * @param content sanitised HTML with its plain-text alternative
   */
  public BurgernetMail(
      MailKind kind,
      MailOrigin origin,
      MailContent content,
      long targetMunicipalityId,
      String author,
      Scope authorScope,
      Instant now) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.author = Objects.requireNonNull(author, "author");
    this.createdAt = now;
    this.status = MailStatus.DRAFT;
    this.scopeRegionId = authorScope.regionId();
    this.scopeMunicipalityId = authorScope.municipalityId();
    write(kind, content, targetMunicipalityId, now);
  }

  /**
   * A new draft by the same author to exactly the participants this sent mail reached, starting
   * from its text.
   */
  public BurgernetMail followUp(String subject, Instant now) {
    if (status != MailStatus.SENT && status != MailStatus.STOPPED) {
      throw new IllegalStateException("only a sent mail has recipients to follow up");
    }
    BurgernetMail next =
        new BurgernetMail(
            kind,
            origin,
            new MailContent(subject, bodyHtml, bodyText),
            targetMunicipalityId,
            author,
            authorScope(),
            now);
    next.followUpOf = id;
    return next;
  }

  /** New text or target; an approved mail goes back to draft and needs approval again. */
  public void edit(MailKind kind, MailContent content, long targetMunicipalityId, Instant now) {
    if (!status.isEditable()) {
      throw new IllegalStateException("a mail in " + status + " cannot be changed");
    }
    if (status == MailStatus.APPROVED) {
      moveTo(MailStatus.DRAFT);
      approvedBy = null;
    }
    write(kind, content, targetMunicipalityId, now);
  }

  private void write(MailKind kind, MailContent content, long targetMunicipalityId, Instant now) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subject = content.subject();
    this.bodyHtml = content.html();
    this.bodyText = content.text();
    this.targetMunicipalityId = targetMunicipalityId;
    this.updatedAt = now;
  }

  /**
   * Narrows the recipients to a part of the target municipality, or widens them to all of it
   * (null). Only with {@link #edit} or a new draft, so a changed target needs approval again.
   *
   * @param areaJson the area as the mail component writes it, or null
   */
  public void targetPart(String areaJson) {
    if (!status.isEditable() || status == MailStatus.APPROVED) {
      throw new IllegalStateException("a mail in " + status + " cannot be aimed elsewhere");
    }
    this.targetArea = areaJson;
  }

  /** Police requests always need another person's review; municipality mails as the region says. */
  public boolean needsReview(ReviewPolicy regionPolicy) {
    return origin == MailOrigin.POLICE || regionPolicy == ReviewPolicy.SECOND_PAIR;
  }

  /**
   * The author is done: the mail goes to review, or is approved by its author where no review is
   * needed.
   *
   * @return the step to record
   */
  public MailStepKind submit(ReviewPolicy regionPolicy, Instant now) {
    if (needsReview(regionPolicy)) {
      moveTo(MailStatus.IN_REVIEW);
      updatedAt = now;
      return MailStepKind.SUBMITTED;
    }
    moveTo(MailStatus.APPROVED);
    approvedBy = author;
    updatedAt = now;
    return MailStepKind.OWN_APPROVAL;
  }

  public void approve(String reviewer, Instant now) {
    requireOtherThanAuthor(reviewer);
    moveTo(MailStatus.APPROVED);
    approvedBy = reviewer;
    rememberReviewedText();
    updatedAt = now;
  }

  public void returnToAuthor(String reviewer, Instant now) {
    requireOtherThanAuthor(reviewer);
    moveTo(MailStatus.RETURNED);
    rememberReviewedText();
    updatedAt = now;
  }

  private void requireOtherThanAuthor(String reviewer) {
    if (author.equals(reviewer)) {
      throw new IllegalArgumentException("the author does not review their own mail");
    }
  }

  private void rememberReviewedText() {
    reviewedSubject = subject;
    reviewedText = bodyText;
  }

  /** Goes out at the given time; a time in the past means now. */
  public void schedule(Instant at, Instant now) {
    moveTo(MailStatus.SCHEDULED);
    sendAt = at.isBefore(now) ? now : at;
    updatedAt = now;
  }

  public void unschedule(Instant now) {
    moveTo(MailStatus.APPROVED);
    sendAt = null;
    updatedAt = now;
  }

  public boolean isDue(Instant now) {
    return status == MailStatus.SCHEDULED && !sendAt.isAfter(now);
  }

  /** The delivery pipeline took it. */
  /**
   * @param opensCounted whether the mail went out with an open pixel
   */
  public void handedOver(long sendRequestId, boolean opensCounted, Instant now) {
    moveTo(MailStatus.SENT);
    this.sendRequestId = sendRequestId;
    this.opensCounted = opensCounted;
    this.sentAt = now;
    updatedAt = now;
  }

  public void stop(Instant now) {
    moveTo(MailStatus.STOPPED);
    updatedAt = now;
  }

  private void moveTo(MailStatus target) {
    if (!status.canMoveTo(target)) {
      throw new IllegalStateException("a mail cannot go from " + status + " to " + target);
    }
    status = target;
  }

  /** The key that makes the pipeline send this mail once, however often it is handed over. */
  public String idempotencyKey() {
    return "burgernetmail-" + id;
  }

  public MailContent content() {
    return new MailContent(subject, bodyHtml, bodyText);
  }

  public Long getId() {
    return id;
  }

  public MailKind getKind() {
    return kind;
  }

  public MailOrigin getOrigin() {
    return origin;
  }

  public MailStatus getStatus() {
    return status;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public String getBodyText() {
    return bodyText;
  }

  public Long getTargetMunicipalityId() {
    return targetMunicipalityId;
  }

  /** The drawn area or postcodes within the target municipality; empty: all of it. */
  public Optional<String> getTargetArea() {
    return Optional.ofNullable(targetArea);
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Optional<String> getReviewedSubject() {
    return Optional.ofNullable(reviewedSubject);
  }

  public Optional<String> getReviewedText() {
    return Optional.ofNullable(reviewedText);
  }

  public Optional<String> getApprovedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<Instant> getSendAt() {
    return Optional.ofNullable(sendAt);
  }

  public Optional<Long> getSendRequestId() {
    return Optional.ofNullable(sendRequestId);
  }

  public Optional<Instant> getSentAt() {
    return Optional.ofNullable(sentAt);
  }

  /** The author's scope, as the mail carries it. */
  public Scope authorScope() {
    if (scopeMunicipalityId != null) {
      return Scope.municipality(scopeRegionId, scopeMunicipalityId);
    }
    if (scopeRegionId != null) {
      return Scope.region(scopeRegionId);
    }
    return Scope.national();
  }

  public boolean isOpensCounted() {
    return opensCounted;
  }

  public Optional<Long> getFollowUpOf() {
    return Optional.ofNullable(followUpOf);
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }
}

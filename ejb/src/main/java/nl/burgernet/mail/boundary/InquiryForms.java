package nl.burgernet.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.delivery.entity.Delivery;
import nl.burgernet.delivery.entity.DeliveryLink;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.InquiryAnswer;
import nl.burgernet.mail.entity.InquiryQuestion;
import nl.burgernet.mail.entity.InquiryQuestionKind;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.platform.control.PhotoEncoding;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * The resident's side of a Digitaal Buurtonderzoek, without login: the personal link in the mail
 * ({@link DeliveryLink#ANSWER}) opens the form, and the answer is kept once.
 *
 * <p>One answer per link, and a second visit says it was answered rather than showing the answer
 * again: the link may be forwarded or read by others in the household, who should not see what was
 * told to the police, and the investigator acts on what arrived. Whoever remembers more can call
 * the police. Answers are taken for {@value #ANSWER_DAYS} days after the mail went out, and not
 * after it was stopped.
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class InquiryForms {

  static final int ANSWER_DAYS = 30;

  /** A time seen a little ahead of the server's clock is a phone's clock, not the future. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

  public static final PhotoEncoding.Limits PHOTO_LIMITS =
      new PhotoEncoding.Limits(5L * 1024 * 1024, "inquiry.photo.tooLarge", "inquiry.photo.type");

  static final String YES = "JA";
  static final String NO = "NEE";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  public InquiryForm open(Long deliveryId, String code) {
    return inquiryOf(deliveryId, code)
        .map(
            mail ->
                new InquiryForm(stateOf(mail, deliveryId), mail.getSubject(), questionsOf(mail)))
        .orElseGet(InquiryForm::unknown);
  }

  /**
   * Keeps the resident's answer.
   *
   * @param replies question id to reply: free text, {@code JA}/{@code NEE}, or an ISO instant for
   *     the time seen; blank replies are left out
   * @param photo the uploaded file, or null
   */
  public void answer(
      @NotNull Long deliveryId, String code, @NotNull Map<Long, String> replies, byte[] photo) {
    BurgernetMail mail =
        inquiryOf(deliveryId, code)
            .orElseThrow(
                () ->
                    new NotFoundException(NeighbourhoodInquiries.ANSWER_AUDIT_OBJECT, deliveryId));
    switch (stateOf(mail, deliveryId)) {
      case ANSWERED -> throw new ConflictException("inquiry.alreadyAnswered");
      case CLOSED -> throw new ConflictException("inquiry.closed");
      default -> {}
    }
    List<InquiryQuestion> questions = questionsOf(mail);
    Map<Long, String> kept = checked(questions, replies);
    boolean photoAsked = questions.stream().anyMatch(q -> q.getKind() == InquiryQuestionKind.PHOTO);
    byte[] jpeg =
        photoAsked && photo != null && photo.length > 0
            ? PhotoEncoding.reencoded(photo, PHOTO_LIMITS)
            : null;
    if (kept.isEmpty() && jpeg == null) {
      throw new InvalidInputException("inquiry.answer.empty");
    }
    InquiryAnswer answer =
        new InquiryAnswer(
            mail,
            deliveryId,
            kept,
            jpeg,
            jpeg == null ? null : PhotoEncoding.CONTENT_TYPE,
            clock.instant());
    em.persist(answer);
    em.flush();
    auditTrail.recordFor(
        AuditTrail.ANONYMOUS,
        mail.getScopeRegionId(),
        AuditAction.CREATE,
        NeighbourhoodInquiries.ANSWER_AUDIT_OBJECT,
        answer.getId(),
        AuditResult.SUCCESS);
  }

  private Map<Long, String> checked(List<InquiryQuestion> questions, Map<Long, String> replies) {
    Map<Long, String> kept = new HashMap<>();
    for (InquiryQuestion question : questions) {
      String reply = replies.get(question.getId());
      if (reply == null || reply.isBlank()) {
        continue;
      }
      reply = reply.strip();
      switch (question.getKind()) {
        case TEXT -> {
          if (reply.length() > InquiryAnswer.REPLY_LENGTH) {
            throw new InvalidInputException("inquiry.text.tooLong", InquiryAnswer.REPLY_LENGTH);
          }
        }
        case YES_NO -> {
          if (!reply.equals(YES) && !reply.equals(NO)) {
            throw new InvalidInputException("inquiry.yesNo.invalid");
          }
        }
        case TIME_SEEN -> reply = timeSeen(reply).toString();
        case PHOTO -> {
          continue;
        }
      }
      kept.put(question.getId(), reply);
    }
    return kept;
  }

  private Instant timeSeen(String reply) {
    Instant seen;
    try {
      seen = Instant.parse(reply);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("inquiry.timeSeen.invalid");
    }
    if (seen.isAfter(clock.instant().plus(CLOCK_SKEW))) {
      throw new InvalidInputException("inquiry.timeSeen.future");
    }
    return seen;
  }

  /** The inquiry the link belongs to, if its code is the one the delivery's message carried. */
  private Optional<BurgernetMail> inquiryOf(Long deliveryId, String code) {
    if (deliveryId == null || code == null) {
      return Optional.empty();
    }
    Delivery delivery = em.find(Delivery.class, deliveryId);
    Participant participant =
        delivery == null ? null : em.find(Participant.class, delivery.getParticipantId());
    if (participant == null
        || !DeliveryLink.ANSWER.matches(participant.getUnsubscribeToken(), deliveryId, code)) {
      auditTrail.recordFor(
          AuditTrail.ANONYMOUS,
          null,
          AuditAction.READ,
          NeighbourhoodInquiries.ANSWER_AUDIT_OBJECT,
          deliveryId,
          AuditResult.DENIED);
      return Optional.empty();
    }
    return em.createNamedQuery(BurgernetMail.OF_SEND_REQUEST, BurgernetMail.class)
        .setParameter("request", delivery.getRequestId())
        .getResultStream()
        .filter(mail -> mail.getKind() == MailKind.NEIGHBOURHOOD_INQUIRY)
        .findFirst();
  }

  private InquiryForm.State stateOf(BurgernetMail mail, long deliveryId) {
    if (!em.createNamedQuery(InquiryAnswer.OF_DELIVERY, InquiryAnswer.class)
        .setParameter("delivery", deliveryId)
        .getResultList()
        .isEmpty()) {
      return InquiryForm.State.ANSWERED;
    }
    boolean late =
        mail.getSentAt()
            .map(sent -> clock.instant().isAfter(sent.plus(Duration.ofDays(ANSWER_DAYS))))
            .orElse(true);
    return late || mail.getStatus() == MailStatus.STOPPED
        ? InquiryForm.State.CLOSED
        : InquiryForm.State.OPEN;
  }

  private List<InquiryQuestion> questionsOf(BurgernetMail mail) {
    return em.createNamedQuery(InquiryQuestion.OF_MAIL, InquiryQuestion.class)
        .setParameter("mail", mail.getId())
        .getResultList();
  }
}

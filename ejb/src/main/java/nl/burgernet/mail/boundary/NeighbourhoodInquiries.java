package nl.burgernet.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.InquiryAnswer;
import nl.burgernet.mail.entity.InquiryQuestion;
import nl.burgernet.mail.entity.InquiryQuestionKind;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.mail.entity.MailStep;
import nl.burgernet.mail.entity.MailStepKind;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.ForbiddenException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * Digitaal Buurtonderzoek for staff: the questions of an inquiry mail, the residents' answers, and
 * a follow-up mail to the same recipients.
 *
 * <p>Whoever sees the mail ({@link BurgernetMails} decides) sees its questions, so the reviewer
 * checks them with the text; only its author changes them, and only before the mail is approved.
 * The answers are part of the investigation's record: only the investigating officer who asked
 * reads them, not the regional bureau, ambassadors or other officers.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MUNICIPALITY_AMBASSADOR,
  StaffRole.Names.INVESTIGATING_OFFICER,
  StaffRole.Names.REGIONAL_HELPDESK
})
public class NeighbourhoodInquiries {

  static final String ANSWER_AUDIT_OBJECT = "InquiryAnswer";

  static final String FOLLOW_UP_MARK = "Vervolg: ";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private BurgernetMails mails;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Resource private SessionContext session;

  /** The questions in the order the form shows them. */
  public List<InquiryQuestion> questions(@NotNull Long mailId) {
    mails.mail(mailId);
    return questionsOf(mailId);
  }

  /** Whether the caller may change the questions now: the author, before approval. */
  public boolean mayChangeQuestions(@NotNull Long mailId) {
    BurgernetMail mail = mails.mail(mailId);
    return mail.getKind() == MailKind.NEIGHBOURHOOD_INQUIRY
        && caller().equals(mail.getAuthor())
        && (mail.getStatus() == MailStatus.DRAFT || mail.getStatus() == MailStatus.RETURNED);
  }

  /** Replaces the questions; frozen once the mail is in review, approved or sent. */
  public List<InquiryQuestion> changeQuestions(
      @NotNull Long mailId,
      @NotNull @Size(max = InquiryQuestion.MAXIMUM_QUESTIONS, message = "{inquiry.questions.size}")
          List<@NotNull @Valid QuestionDraft> questions) {
    BurgernetMail mail = mails.mail(mailId);
    if (mail.getKind() != MailKind.NEIGHBOURHOOD_INQUIRY) {
      throw new ConflictException("inquiry.notInquiry");
    }
    if (!caller().equals(mail.getAuthor())) {
      throw new ConflictException("mail.notAuthor");
    }
    if (!mayChangeQuestions(mailId)) {
      throw new ConflictException("inquiry.questionsFrozen");
    }
    if (questions.isEmpty()) {
      throw new InvalidInputException("inquiry.questions.none");
    }
    if (questions.stream().filter(q -> q.kind() == InquiryQuestionKind.PHOTO).count() > 1) {
      throw new InvalidInputException("inquiry.questions.onePhoto");
    }
    questionsOf(mailId).forEach(em::remove);
    em.flush();
    for (int i = 0; i < questions.size(); i++) {
      QuestionDraft draft = questions.get(i);
      em.persist(new InquiryQuestion(mail, i + 1, draft.kind(), draft.text()));
    }
    Instant now = clock.instant();
    em.persist(new MailStep(mail, MailStepKind.QUESTIONS_SET, caller(), null, now));
    auditTrail.record(
        AuditAction.UPDATE, BurgernetMails.AUDIT_OBJECT, mail.getId(), AuditResult.SUCCESS);
    return questionsOf(mailId);
  }

  /** The residents' answers, oldest first; for the investigating officer who asked only. */
  @RolesAllowed(StaffRole.Names.INVESTIGATING_OFFICER)
  public List<AnsweredInquiry> answers(@NotNull Long mailId) {
    ownRequest(mailId);
    List<InquiryQuestion> questions = questionsOf(mailId);
    List<AnsweredInquiry> answers =
        em
            .createNamedQuery(InquiryAnswer.OF_MAIL, InquiryAnswer.class)
            .setParameter("mail", mailId)
            .getResultList()
            .stream()
            .map(
                answer ->
                    new AnsweredInquiry(
                        answer.getId(),
                        answer.getAnsweredAt(),
                        questions.stream()
                            .map(
                                question ->
                                    new AnsweredInquiry.Reply(
                                        question.getText(),
                                        question.getKind(),
                                        answer.replyTo(question.getId()).orElse("")))
                            .toList(),
                        answer.hasPhoto()))
            .toList();
    auditTrail.record(AuditAction.READ, ANSWER_AUDIT_OBJECT, mailId, AuditResult.SUCCESS);
    return answers;
  }

  /** An answer's photo; for the investigating officer who asked only. */
  @RolesAllowed(StaffRole.Names.INVESTIGATING_OFFICER)
  public InquiryPhoto photo(@NotNull Long mailId, @NotNull Long answerId) {
    ownRequest(mailId);
    InquiryAnswer answer = em.find(InquiryAnswer.class, answerId);
    if (answer == null || !answer.getMailId().equals(mailId) || !answer.hasPhoto()) {
      throw new NotFoundException(ANSWER_AUDIT_OBJECT, answerId);
    }
    auditTrail.record(AuditAction.READ, ANSWER_AUDIT_OBJECT, answerId, AuditResult.SUCCESS);
    return new InquiryPhoto(answer.getPhotoType(), answer.getPhoto());
  }

  /**
   * A new draft by the author of a sent mail that goes to exactly the participants it reached; it
   * starts from the earlier text and is reviewed like any other mail.
   */
  public BurgernetMail followUp(@NotNull Long mailId) {
    BurgernetMail earlier = mails.mail(mailId);
    if (!caller().equals(earlier.getAuthor())) {
      throw new ConflictException("mail.notAuthor");
    }
    if (earlier.getSendRequestId().isEmpty()) {
      throw new ConflictException("inquiry.followUp.notSent");
    }
    Instant now = clock.instant();
    String subject = FOLLOW_UP_MARK + earlier.getSubject();
    BurgernetMail next =
        earlier.followUp(
            subject.length() > BurgernetMail.SUBJECT_LENGTH
                ? subject.substring(0, BurgernetMail.SUBJECT_LENGTH)
                : subject,
            now);
    em.persist(next);
    em.flush();
    em.persist(new MailStep(earlier, MailStepKind.FOLLOWED_UP, caller(), null, now));
    em.persist(new MailStep(next, MailStepKind.CREATED, caller(), null, now));
    auditTrail.record(
        AuditAction.CREATE, BurgernetMails.AUDIT_OBJECT, next.getId(), AuditResult.SUCCESS);
    return next;
  }

  /** The officer's own request; the scope filter and the mail service hide other officers'. */
  private BurgernetMail ownRequest(Long mailId) {
    BurgernetMail mail = mails.mail(mailId);
    if (!caller().equals(mail.getAuthor())) {
      auditTrail.record(AuditAction.READ, ANSWER_AUDIT_OBJECT, mailId, AuditResult.DENIED);
      throw new ForbiddenException("inquiry.answers.notYours");
    }
    return mail;
  }

  private List<InquiryQuestion> questionsOf(Long mailId) {
    return em.createNamedQuery(InquiryQuestion.OF_MAIL, InquiryQuestion.class)
        .setParameter("mail", mailId)
        .getResultList();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}

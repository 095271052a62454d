package nl.burgernet.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.control.AreaSpecifications;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.delivery.boundary.ChannelProgress;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.boundary.RequestProgress;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.mail.control.MailAudience;
import nl.burgernet.mail.control.MailDispatch;
import nl.burgernet.mail.control.MailLayout;
import nl.burgernet.mail.control.MailSanitizer;
import nl.burgernet.mail.control.PlainTextAlternative;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.DiffLine;
import nl.burgernet.mail.entity.HouseStyle;
import nl.burgernet.mail.entity.InquiryAnswer;
import nl.burgernet.mail.entity.LineDiff;
import nl.burgernet.mail.entity.MailContent;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailOpen;
import nl.burgernet.mail.entity.MailOrigin;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.mail.entity.MailStep;
import nl.burgernet.mail.entity.MailStepKind;
import nl.burgernet.mail.entity.MailTemplate;
import nl.burgernet.mail.entity.RegionOpenCounting;
import nl.burgernet.mail.entity.RegionReviewPolicy;
import nl.burgernet.mail.entity.RenderedMail;
import nl.burgernet.mail.entity.ReviewPolicy;
import nl.burgernet.participant.boundary.Unsubscriptions;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.StaffDirectory;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/**
 * Burgernetmail within the caller's scope: compose and keep drafts, preview and test, review, plan
 * or send, stop, and the report afterwards.
 *
 * <p>Who sees what: the scope filter limits mails to the author's scope (an ambassador sees their
 * municipality's mails, the regional bureau all of its region); an investigating officer, whose
 * scope is the region, sees only their own requests. Who reviews: police requests by the regional
 * bureau; municipality mails, where the region wants a second pair of eyes, by another ambassador
 * of the municipality or the regional bureau; never by the author.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MUNICIPALITY_AMBASSADOR,
  StaffRole.Names.INVESTIGATING_OFFICER,
  StaffRole.Names.REGIONAL_HELPDESK
})
public class BurgernetMails {

  static final String AUDIT_OBJECT = MailDispatch.AUDIT_OBJECT;

  /** Mails shown in an overview at most. */
  static final int OVERVIEW_SIZE = 200;

  /** Name and link the preview and test mail fill in where each participant's go. */
  static final String SAMPLE_UNSUBSCRIBE_LINK = "https://www.burgernet.nl/afmelden";

  /** Where a test mail's answer button leads: a test mail has no delivery, so no personal form. */
  static final String SAMPLE_ANSWER_LINK = "https://www.burgernet.nl/buurtonderzoek";

  /** The answer button of a preview inside a page leads nowhere. */
  static final String PREVIEW_ANSWER_LINK = "#";

  /** Put before the subject of a test mail, so it is never taken for the real one. */
  static final String TEST_MARK = "[Testmail] ";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MailSanitizer sanitizer;

  @Inject private PlainTextAlternative plainText;

  @Inject private MailLayout layout;

  @Inject private MailDispatch dispatch;

  @Inject private MailAudience audience;

  @Inject private Deliveries deliveries;

  @Inject private Outbox outbox;

  @Inject private Unsubscriptions unsubscriptions;

  @Inject private StaffDirectory staffDirectory;

  @Inject private CallerScope callerScope;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Resource private SessionContext session;

  /** A new draft by the caller; police requests are the officer's, others the municipality's. */
  public BurgernetMail compose(@NotNull @Valid MailDraft draft) {
    Municipality target = target(draft.municipalityId());
    Instant now = clock.instant();
    BurgernetMail mail =
        new BurgernetMail(
            draft.kind(),
            isPolice() ? MailOrigin.POLICE : MailOrigin.MUNICIPALITY,
            contentOf(draft),
            target.getId(),
            caller(),
            callerScope.current(),
            now);
    mail.targetPart(areaJsonOf(draft));
    em.persist(mail);
    em.flush();
    step(mail, MailStepKind.CREATED, null, now);
    return mail;
  }

  /** Keeps the draft's new text; an approved mail then needs approval again. */
  public BurgernetMail save(@NotNull Long id, @NotNull @Valid MailDraft draft) {
    BurgernetMail mail = authored(id);
    Municipality target = target(draft.municipalityId());
    if (!mail.getStatus().isEditable()) {
      throw new ConflictException("mail.notEditable");
    }
    Instant now = clock.instant();
    mail.edit(draft.kind(), contentOf(draft), target.getId(), now);
    mail.targetPart(areaJsonOf(draft));
    step(mail, MailStepKind.SAVED, null, now);
    return mail;
  }

  /**
   * The draft as a participant will read it, in the municipality's house style, with the caller's
   * name where the participant's goes; the HTML is the mail's visible part, to show inside a page.
   */
  public RenderedMail preview(@NotNull @Valid MailDraft draft) {
    Municipality target = target(draft.municipalityId());
    return previewOf(
        MailDispatch.asRead(draft.kind(), contentOf(draft)),
        dispatch.houseStyleOf(target.getId()),
        dispatch.countingRegion(target.getRegion().getId()));
  }

  /** The saved mail's visible part in its house style, read with the caller's name, for pages. */
  public String card(@NotNull Long id) {
    BurgernetMail mail = visible(id);
    return previewOf(
            MailDispatch.asRead(mail.getKind(), mail.content()),
            dispatch.houseStyleOf(mail.getTargetMunicipalityId()),
            dispatch.countedBy(mail))
        .html();
  }

  /**
   * The mail's visible part as the caller would read it, with an answer button (if any) that leads
   * nowhere in the page and to the sample address in the text.
   */
  private RenderedMail previewOf(MailContent content, HouseStyle style, Optional<String> counted) {
    RenderedMail full = layout.render(content, style, counted);
    StaffAccount own = ownAccount();
    RenderedMail read =
        new RenderedMail(full.subject(), layout.card(content, style, counted), full.text())
            .asReadBy(own.getEmail(), own.getDisplayName(), SAMPLE_UNSUBSCRIBE_LINK);
    return new RenderedMail(
        read.subject(),
        read.html().replace(MailMessage.ANSWER_LINK, PREVIEW_ANSWER_LINK),
        read.text().replace(MailMessage.ANSWER_LINK, SAMPLE_ANSWER_LINK));
  }

  /** Participants with e-mail the mail would reach in the municipality now. */
  public long reach(@NotNull Long municipalityId) {
    return reach(municipalityId, null);
  }

  /**
   * Participants with e-mail the mail would reach now in the area within the municipality (null:
   * all of it), by the rule the send uses ({@link MailAudience}).
   */
  public long reach(@NotNull Long municipalityId, @Valid AreaSpecification area) {
    target(municipalityId);
    return audience.count(municipalityId, Optional.ofNullable(area));
  }

  /** The part of the municipality the saved mail is for; empty: all of it. */
  public Optional<AreaSpecification> area(@NotNull Long id) {
    return MailDispatch.areaOf(visible(id));
  }

  /** Sends the saved mail to the caller's own address, as a participant would get it. */
  public String sendTest(@NotNull Long id) {
    BurgernetMail mail = visible(id);
    StaffAccount own = ownAccount();
    RenderedMail read =
        dispatch
            .render(mail)
            .asReadBy(own.getEmail(), own.getDisplayName(), SAMPLE_UNSUBSCRIBE_LINK);
    outbox.post(
        new MailMessage(own.getEmail(), TEST_MARK + read.subject(), read.text())
            .withHtml(read.html())
            .withAnswerLink(SAMPLE_ANSWER_LINK));
    step(mail, MailStepKind.TEST_SENT, null, clock.instant());
    return own.getEmail();
  }

  /** The author is done: to review, or approved at once where the rules allow it. */
  public BurgernetMail submit(@NotNull Long id) {
    BurgernetMail mail = authored(id);
    if (!mail.getStatus().canMoveTo(MailStatus.IN_REVIEW)) {
      throw new ConflictException("mail.notSubmittable");
    }
    Instant now = clock.instant();
    MailStepKind step = mail.submit(policyOf(mail), now);
    step(mail, step, null, now);
    return mail;
  }

  public BurgernetMail approve(@NotNull Long id) {
    BurgernetMail mail = underReviewBy(id);
    Instant now = clock.instant();
    mail.approve(caller(), now);
    step(mail, MailStepKind.APPROVED, null, now);
    return mail;
  }

  public BurgernetMail returnToAuthor(
      @NotNull Long id, @NotBlank @Size(max = MailStep.NOTE_LENGTH) String comment) {
    BurgernetMail mail = underReviewBy(id);
    Instant now = clock.instant();
    mail.returnToAuthor(caller(), now);
    step(mail, MailStepKind.RETURNED, comment, now);
    return mail;
  }

  /** Plans the approved mail for the given time, which must lie ahead. */
  public BurgernetMail schedule(@NotNull Long id, @NotNull Instant at) {
    BurgernetMail mail = approvedOwn(id);
    Instant now = clock.instant();
    if (!at.isAfter(now)) {
      throw new InvalidInputException("mail.schedule.past");
    }
    mail.schedule(at, now);
    step(mail, MailStepKind.SCHEDULED, null, now);
    return mail;
  }

  public BurgernetMail unschedule(@NotNull Long id) {
    BurgernetMail mail = authored(id);
    if (mail.getStatus() != MailStatus.SCHEDULED) {
      throw new ConflictException("mail.notScheduled");
    }
    Instant now = clock.instant();
    mail.unschedule(now);
    step(mail, MailStepKind.UNSCHEDULED, null, now);
    return mail;
  }

  /** Hands the approved mail to the delivery pipeline now. */
  public BurgernetMail sendNow(@NotNull Long id) {
    BurgernetMail mail = approvedOwn(id);
    Instant now = clock.instant();
    mail.schedule(now, now);
    dispatch.handOver(mail, caller(), now);
    return mail;
  }

  /**
   * Stops a mail that is being sent: what has not left yet is cancelled. The author or the regional
   * bureau may pull it.
   *
   * @return how many mails were cancelled
   */
  public int stop(@NotNull Long id) {
    BurgernetMail mail = visible(id);
    if (!caller().equals(mail.getAuthor()) && !isRegionalBureau()) {
      throw new NotFoundException(AUDIT_OBJECT, id);
    }
    if (mail.getStatus() != MailStatus.SENT || mail.getSendRequestId().isEmpty()) {
      throw new ConflictException("mail.notSending");
    }
    int cancelled = deliveries.recall(mail.getSendRequestId().get());
    Instant now = clock.instant();
    mail.stop(now);
    step(mail, MailStepKind.STOPPED, null, now);
    return cancelled;
  }

  public BurgernetMail mail(@NotNull Long id) {
    return visible(id);
  }

  /** The mail's record, oldest step first. */
  public List<MailStep> steps(@NotNull Long id) {
    visible(id);
    return em.createNamedQuery(MailStep.OF_MAIL, MailStep.class)
        .setParameter("mail", id)
        .getResultList();
  }

  /** The mails the caller may see, most recently changed first. */
  public List<BurgernetMail> latest() {
    if (seesOwnOnly()) {
      return em.createNamedQuery(BurgernetMail.LATEST_OF_AUTHOR, BurgernetMail.class)
          .setParameter("author", caller())
          .setMaxResults(OVERVIEW_SIZE)
          .getResultList();
    }
    return em.createNamedQuery(BurgernetMail.LATEST, BurgernetMail.class)
        .setMaxResults(OVERVIEW_SIZE)
        .getResultList();
  }

  /**
   * The mails the caller may see that were sent in the period to the region's municipalities, or to
   * one of them when {@code municipalityId} is set, of the kind when given, oldest first: what the
   * MARAP counts as the Burgernetmail of that area.
   */
  public List<BurgernetMail> sent(
      @NotNull Long regionId,
      Long municipalityId,
      @NotNull MonthPeriod period,
      Optional<MailKind> kind) {
    return em
        .createNamedQuery(BurgernetMail.SENT_IN_AREA_BETWEEN, BurgernetMail.class)
        .setParameter("from", period.start())
        .setParameter("until", period.end())
        .setParameter("region", regionId)
        .setParameter("municipality", municipalityId == null ? 0L : municipalityId)
        .getResultList()
        .stream()
        .filter(mail -> !seesOwnOnly() || caller().equals(mail.getAuthor()))
        .filter(mail -> kind.map(mail.getKind()::equals).orElse(true))
        .toList();
  }

  /** What changed in the text since the reviewer last saw it; empty before the first review. */
  public List<DiffLine> changesSinceReview(@NotNull Long id) {
    BurgernetMail mail = visible(id);
    if (mail.getReviewedText().isEmpty()) {
      return List.of();
    }
    return LineDiff.between(
        mail.getReviewedSubject().orElse("") + "\n\n" + mail.getReviewedText().get(),
        mail.getSubject() + "\n\n" + mail.getBodyText());
  }

  /** Whether the caller may approve or return this mail now. */
  public boolean mayReview(@NotNull Long id) {
    BurgernetMail mail = visible(id);
    return mail.getStatus() == MailStatus.IN_REVIEW && isReviewerOf(mail);
  }

  /**
   * How the mail fared in the delivery pipeline; empty counts before it is sent. Opens are counted
   * only for a mail that went out with the open pixel.
   */
  public MailReport report(@NotNull Long id) {
    BurgernetMail mail = visible(id);
    if (mail.getSendRequestId().isEmpty()) {
      return new MailReport(0, 0, 0, 0, 0, 0, 0, 0, null, 0, OptionalLong.empty());
    }
    long request = mail.getSendRequestId().get();
    RequestProgress progress = deliveries.progress(request);
    ChannelProgress email =
        progress.channels().stream()
            .filter(channel -> channel.channel() == Channel.EMAIL)
            .findFirst()
            .orElseThrow();
    return new MailReport(
        email.total(),
        email.count(DeliveryState.SENT) + email.count(DeliveryState.DELIVERED),
        email.count(DeliveryState.FAILED) + email.count(DeliveryState.DEAD_LETTERED),
        deliveries.bounced(request),
        email.count(DeliveryState.PENDING) + email.count(DeliveryState.QUEUED),
        email.count(DeliveryState.CANCELLED),
        unsubscriptions.countThrough(request),
        email.percentDone(),
        progress.request().getState(),
        em.createNamedQuery(InquiryAnswer.COUNT_OF_MAIL, Long.class)
            .setParameter("mail", id)
            .getSingleResult(),
        mail.isOpensCounted()
            ? OptionalLong.of(
                em.createNamedQuery(MailOpen.COUNT_OF_REQUEST, Long.class)
                    .setParameter("request", request)
                    .getSingleResult())
            : OptionalLong.empty());
  }

  /** The templates of the caller's region that its regional bureau has not retired. */
  public List<MailTemplate> templates() {
    Long region = callerScope.current().regionId();
    if (region == null) {
      return List.of();
    }
    return em.createNamedQuery(MailTemplate.OFFERED_IN_REGION, MailTemplate.class)
        .setParameter("region", region)
        .getResultList();
  }

  /** The review policy of the caller's region for municipality mails. */
  public ReviewPolicy policy() {
    Long region = callerScope.current().regionId();
    return region == null ? ReviewPolicy.SECOND_PAIR : policyOf(region);
  }

  /** The regional bureau sets its region's policy. */
  @RolesAllowed(StaffRole.Names.REGIONAL_HELPDESK)
  public void changePolicy(@NotNull ReviewPolicy policy) {
    Long region = callerScope.current().regionId();
    if (region == null) {
      throw new InvalidInputException("mail.policy.noRegion");
    }
    RegionReviewPolicy current = em.find(RegionReviewPolicy.class, region);
    if (current == null) {
      em.persist(new RegionReviewPolicy(region, policy));
    } else {
      current.change(policy);
    }
    auditTrail.record(AuditAction.UPDATE, "MailReviewPolicy", region, AuditResult.SUCCESS);
  }

  /** Whether the caller's region counts how often its mails are opened; off by default. */
  public boolean countsOpens() {
    Long region = callerScope.current().regionId();
    return region != null && dispatch.countingRegion(region).isPresent();
  }

  /**
   * The regional bureau turns open counts on or off for its region's mails from now on; a mail
   * keeps what it went out with.
   */
  @RolesAllowed(StaffRole.Names.REGIONAL_HELPDESK)
  public void changeOpenCounting(boolean counting) {
    Long region = callerScope.current().regionId();
    if (region == null) {
      throw new InvalidInputException("mail.policy.noRegion");
    }
    RegionOpenCounting current = em.find(RegionOpenCounting.class, region);
    if (current == null) {
      em.persist(new RegionOpenCounting(region, counting));
    } else {
      current.change(counting);
    }
    auditTrail.record(AuditAction.UPDATE, "MailOpenCounting", region, AuditResult.SUCCESS);
  }

  /** The draft's area as the mail keeps it, checked as the send will use it. */
  private String areaJsonOf(MailDraft draft) {
    if (draft.area() == null) {
      return null;
    }
    audience.check(draft.municipalityId(), draft.area());
    return AreaSpecifications.toJson(draft.area());
  }

  private MailContent contentOf(MailDraft draft) {
    String html = sanitizer.sanitize(draft.html());
    String text = plainText.of(html);
    try {
      return new MailContent(draft.subject(), html, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("mail.text.empty");
    }
  }

  /** The municipality, if the caller may send to it: the scope filter hides the others. */
  private Municipality target(Long municipalityId) {
    Municipality municipality = em.find(Municipality.class, municipalityId);
    if (municipality == null) {
      throw new NotFoundException("Municipality", municipalityId);
    }
    return municipality;
  }

  private BurgernetMail visible(Long id) {
    BurgernetMail mail = em.find(BurgernetMail.class, id);
    if (mail == null || (seesOwnOnly() && !caller().equals(mail.getAuthor()))) {
      throw new NotFoundException(AUDIT_OBJECT, id);
    }
    return mail;
  }

  /** Only the author changes, submits and plans a mail. */
  private BurgernetMail authored(Long id) {
    BurgernetMail mail = visible(id);
    if (!caller().equals(mail.getAuthor())) {
      throw new ConflictException("mail.notAuthor");
    }
    return mail;
  }

  private BurgernetMail approvedOwn(Long id) {
    BurgernetMail mail = authored(id);
    if (mail.getStatus() != MailStatus.APPROVED) {
      throw new ConflictException("mail.notApproved");
    }
    return mail;
  }

  private BurgernetMail underReviewBy(Long id) {
    BurgernetMail mail = visible(id);
    if (!isReviewerOf(mail)) {
      throw new ConflictException("mail.notReviewer");
    }
    if (mail.getStatus() != MailStatus.IN_REVIEW) {
      throw new ConflictException("mail.notInReview");
    }
    return mail;
  }

  private boolean isReviewerOf(BurgernetMail mail) {
    if (caller().equals(mail.getAuthor())) {
      return false;
    }
    if (mail.getOrigin() == MailOrigin.POLICE) {
      return isRegionalBureau();
    }
    return isRegionalBureau() || session.isCallerInRole(StaffRole.Names.MUNICIPALITY_AMBASSADOR);
  }

  private ReviewPolicy policyOf(BurgernetMail mail) {
    return policyOf(target(mail.getTargetMunicipalityId()).getRegion().getId());
  }

  private ReviewPolicy policyOf(long regionId) {
    RegionReviewPolicy policy = em.find(RegionReviewPolicy.class, regionId);
    return policy == null ? ReviewPolicy.SECOND_PAIR : policy.getPolicy();
  }

  private void step(BurgernetMail mail, MailStepKind kind, String note, Instant now) {
    em.persist(new MailStep(mail, kind, caller(), note, now));
    auditTrail.record(
        kind == MailStepKind.CREATED ? AuditAction.CREATE : AuditAction.UPDATE,
        AUDIT_OBJECT,
        mail.getId(),
        AuditResult.SUCCESS);
  }

  /** An investigating officer who is not also the regional bureau sees only their own requests. */
  private boolean seesOwnOnly() {
    return isPolice() && !isRegionalBureau();
  }

  private boolean isPolice() {
    return session.isCallerInRole(StaffRole.Names.INVESTIGATING_OFFICER);
  }

  private boolean isRegionalBureau() {
    return session.isCallerInRole(StaffRole.Names.REGIONAL_HELPDESK);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private StaffAccount ownAccount() {
    return staffDirectory
        .findActive(caller())
        .orElseThrow(() -> new NotFoundException("Staff", ""));
  }
}

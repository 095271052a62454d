package nl.burgernet.mail.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.control.AreaSpecifications;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.boundary.RecipientSelection;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.HouseStyle;
import nl.burgernet.mail.entity.InquiryQuestion;
import nl.burgernet.mail.entity.MailContent;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailStep;
import nl.burgernet.mail.entity.MailStepKind;
import nl.burgernet.mail.entity.RegionOpenCounting;
import nl.burgernet.mail.entity.RenderedMail;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.control.ScopeContext;

/**
 * Hands a due mail to the delivery pipeline, at normal (non-time-critical) priority, to the
 * participants with e-mail in its municipality or the part of it it is for ({@link MailAudience}),
 * in the scope of the mail's author. The mail's id is the request's idempotency key, so a mail
 * handed over twice is still sent once.
 */
@Dependent
public class MailDispatch {

  public static final String AUDIT_OBJECT = "BurgernetMail";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Deliveries deliveries;

  @Inject private MailLayout layout;

  @Inject private MailAudience audience;

  @Inject private AuditTrail auditTrail;

  /**
   * The rendered mail in the target municipality's house style; a Digitaal Buurtonderzoek with
   * questions ends with the button to the recipient's form ({@link MailMessage#ANSWER_LINK}). A
   * mail of a region that counts opens says so and has a place for the open pixel ({@link
   * MailMessage#OPEN_PIXEL}); once sent, as it went out.
   */
  public RenderedMail render(BurgernetMail mail) {
    return render(mail, countedBy(mail));
  }

  private RenderedMail render(BurgernetMail mail, Optional<String> countedBy) {
    MailContent content =
        asksQuestions(mail) ? InquiryInvitation.addedTo(mail.content()) : mail.content();
    return layout.render(content, houseStyleOf(mail.getTargetMunicipalityId()), countedBy);
  }

  /**
   * What a participant reads of a mail of this kind, for a preview: a Digitaal Buurtonderzoek
   * always shows its answer button, as its questions may be set after the text.
   */
  public static MailContent asRead(MailKind kind, MailContent content) {
    return kind == MailKind.NEIGHBOURHOOD_INQUIRY ? InquiryInvitation.addedTo(content) : content;
  }

  /** The region that counts the mail's opens: as it went out, or as its region wants it now. */
  public Optional<String> countedBy(BurgernetMail mail) {
    if (mail.getSendRequestId().isEmpty()) {
      return countingRegion(mail.getScopeRegionId());
    }
    return mail.isOpensCounted()
        ? Optional.of(regionName(mail.getScopeRegionId()))
        : Optional.empty();
  }

  /** The region's name when it counts opens of its mails; empty when it does not (the default). */
  public Optional<String> countingRegion(long regionId) {
    RegionOpenCounting counting = em.find(RegionOpenCounting.class, regionId);
    return counting != null && counting.isEnabled()
        ? Optional.of(regionName(regionId))
        : Optional.empty();
  }

  private String regionName(long regionId) {
    return em.find(Region.class, regionId).getName();
  }

  public HouseStyle houseStyleOf(long municipalityId) {
    HouseStyle style = em.find(HouseStyle.class, municipalityId);
    return style == null ? HouseStyle.burgernet() : style;
  }

  /**
   * Submits the mail and records the step.
   *
   * @param actor who sends it now: the author, or the timer for a scheduled mail
   */
  public void handOver(BurgernetMail mail, String actor, Instant now) {
    Optional<String> countedBy = countingRegion(mail.getScopeRegionId());
    RenderedMail rendered = render(mail, countedBy);
    SendOrder order =
        SendOrder.mail(
                mail.idempotencyKey(),
                SendPriority.NORMAL,
                "Burgernetmail: " + abbreviated(mail.getSubject()),
                rendered.subject(),
                rendered.text())
            .withMailHtml(rendered.html());
    SendRequest request =
        ScopeContext.actingAs(
            mail.authorScope(),
            () -> {
              Function<RecipientSelection, SendRequest> submit =
                  selection -> deliveries.submitPlanned(mail.getAuthor(), order, selection);
              return mail.getFollowUpOf().isPresent()
                  ? submit.apply(reachedByEarlier(mail))
                  : audience.reaching(mail.getTargetMunicipalityId(), areaOf(mail), submit);
            });
    mail.handedOver(request.getId(), countedBy.isPresent(), now);
    em.persist(new MailStep(mail, MailStepKind.SENT, actor, null, now));
    auditTrail.recordFor(
        actor,
        mail.getScopeRegionId(),
        AuditAction.UPDATE,
        AUDIT_OBJECT,
        mail.getId(),
        AuditResult.SUCCESS);
  }

  /** A follow-up goes to whom the earlier mail reached, wherever they live now. */
  private RecipientSelection reachedByEarlier(BurgernetMail mail) {
    BurgernetMail earlier = em.find(BurgernetMail.class, mail.getFollowUpOf().get());
    return RecipientSelection.reachedBy(Set.of(earlier.getSendRequestId().orElseThrow()));
  }

  /** A Digitaal Buurtonderzoek with questions gives each recipient a link to their form. */
  private boolean asksQuestions(BurgernetMail mail) {
    return mail.getKind() == MailKind.NEIGHBOURHOOD_INQUIRY
        && em.createNamedQuery(InquiryQuestion.OF_MAIL, InquiryQuestion.class)
                .setParameter("mail", mail.getId())
                .setMaxResults(1)
                .getResultList()
                .size()
            == 1;
  }

  /** The part of the municipality the mail is for; empty: all of it. */
  public static Optional<AreaSpecification> areaOf(BurgernetMail mail) {
    return mail.getTargetArea().map(AreaSpecifications::fromJson);
  }

  private static String abbreviated(String subject) {
    int room = SendRequest.DESCRIPTION_LENGTH - "Burgernetmail: ".length();
    return subject.length() <= room ? subject : subject.substring(0, room - 1) + "…";
  }
}

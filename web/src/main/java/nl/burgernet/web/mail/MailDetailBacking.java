package nl.burgernet.web.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import nl.burgernet.mail.boundary.BurgernetMails;
import nl.burgernet.mail.boundary.MailReport;
import nl.burgernet.mail.boundary.NeighbourhoodInquiries;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.DiffLine;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.mail.entity.MailStep;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.web.faces.Formats;
import nl.burgernet.web.faces.Messages;
import nl.burgernet.web.portal.CurrentStaff;

/**
 * /portal/burgernetmail/bericht.xhtml?id=N: one mail as its readers will see it, its record, the
 * reviewer's diff and decision, planning or sending, stopping, and the report, refreshed while it
 * is sent. An id that is no number, unknown or out of the caller's sight gives 404.
 */
@Named("mailDetail")
@ViewScoped
public class MailDetailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BurgernetMails mails;

  @Inject private CurrentStaff staff;

  @Inject private NeighbourhoodInquiries inquiries;

  private String id;
  private String comment;
  private LocalDateTime sendAt;
  private transient BurgernetMail mail;
  private transient List<MailStep> steps;
  private transient List<DiffLine> changes;
  private transient MailReport report;
  private transient String card;
  private transient Boolean mayReview;

  /** View action and poll. */
  public void load() {
    long mailId = parse(id);
    mail = mails.mail(mailId);
    steps = mails.steps(mailId);
    changes = mails.changesSinceReview(mailId);
    report = mails.report(mailId);
    card = mails.card(mailId);
    mayReview = mails.mayReview(mailId);
  }

  public void approve() {
    mails.approve(mailId());
    done("mail.approved");
  }

  public void returnToAuthor() {
    mails.returnToAuthor(mailId(), comment);
    comment = null;
    done("mail.returned");
  }

  public void submit() {
    mails.submit(mailId());
    done("mail.submitted");
  }

  public void schedule() {
    if (sendAt == null) {
      throw new InvalidInputException("mail.schedule.missing");
    }
    mails.schedule(mailId(), sendAt.atZone(Formats.AMSTERDAM).toInstant());
    done("mail.scheduled");
  }

  public void unschedule() {
    mails.unschedule(mailId());
    done("mail.unscheduled");
  }

  public void sendNow() {
    mails.sendNow(mailId());
    done("mail.sent");
  }

  public void sendTest() {
    String address = mails.sendTest(mailId());
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "mail.test.sent", address));
  }

  public void stop() {
    int cancelled = mails.stop(mailId());
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "mail.stopped", cancelled));
    load();
  }

  /** Starts a follow-up draft to the same recipients and opens it. */
  public String followUp() {
    BurgernetMail next = inquiries.followUp(mailId());
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    Messages.info(context, Messages.text(context, "inquiry.followUp.created"));
    return "/portal/burgernetmail/bericht?faces-redirect=true&id=" + next.getId();
  }

  private void done(String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, key));
    load();
  }

  private long mailId() {
    return parse(id);
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("BurgernetMail", id);
    }
  }

  private void ensureLoaded() {
    if (mail == null) {
      load();
    }
  }

  public BurgernetMail getMail() {
    ensureLoaded();
    return mail;
  }

  public List<MailStep> getSteps() {
    ensureLoaded();
    return steps;
  }

  public List<DiffLine> getChanges() {
    ensureLoaded();
    return changes;
  }

  public boolean isChanged() {
    return getChanges().stream().anyMatch(DiffLine::isChanged);
  }

  public MailReport getReport() {
    ensureLoaded();
    return report;
  }

  public String getCard() {
    ensureLoaded();
    return card;
  }

  public boolean isMayReview() {
    ensureLoaded();
    return mayReview;
  }

  public boolean isInquiry() {
    return getMail().getKind() == MailKind.NEIGHBOURHOOD_INQUIRY;
  }

  public boolean isAuthor() {
    return getMail().getAuthor().equals(staff.getAccount().getUsername());
  }

  public boolean isEditable() {
    return isAuthor() && getMail().getStatus().isEditable();
  }

  public boolean isSubmittable() {
    return isAuthor() && getMail().getStatus().canMoveTo(MailStatus.IN_REVIEW);
  }

  public boolean isPlannable() {
    return isAuthor() && getMail().getStatus() == MailStatus.APPROVED;
  }

  public boolean isScheduled() {
    return getMail().getStatus() == MailStatus.SCHEDULED;
  }

  public boolean isSending() {
    return getMail().getStatus() == MailStatus.SENT && getReport().isSending();
  }

  public boolean isSent() {
    return getMail().getSendRequestId().isPresent();
  }

  /** The last reviewer's comment, when the mail came back. */
  public String getReturnComment() {
    if (getMail().getStatus() != MailStatus.RETURNED) {
      return null;
    }
    return getSteps().stream()
        .filter(step -> step.getNote().isPresent())
        .reduce((first, second) -> second)
        .flatMap(MailStep::getNote)
        .orElse(null);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public LocalDateTime getSendAt() {
    return sendAt;
  }

  public void setSendAt(LocalDateTime sendAt) {
    this.sendAt = sendAt;
  }
}

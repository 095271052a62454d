package nl.burgernet.web.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.burgernet.mail.boundary.AnsweredInquiry;
import nl.burgernet.mail.boundary.BurgernetMails;
import nl.burgernet.mail.boundary.NeighbourhoodInquiries;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.web.faces.Formats;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/burgernetmail/antwoorden.xhtml?id=N: the residents' answers to a Digitaal Buurtonderzoek,
 * for the investigating officer who asked (the service refuses everyone else: 403 or 404).
 */
@Named("inquiryAnswers")
@ViewScoped
public class InquiryAnswersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NeighbourhoodInquiries inquiries;

  @Inject private BurgernetMails mails;

  @Inject private Formats formats;

  private String id;
  private transient BurgernetMail mail;
  private transient List<AnsweredInquiry> answers;

  /** View action. */
  public void load() {
    long mailId = mailId();
    answers = inquiries.answers(mailId);
    mail = mails.mail(mailId);
  }

  /** The reply as the officer reads it: the time in Amsterdam, Ja/Nee in words. */
  public String shown(AnsweredInquiry.Reply reply) {
    if (reply.reply().isEmpty()) {
      return "–";
    }
    FacesContext context = FacesContext.getCurrentInstance();
    return switch (reply.kind()) {
      case TIME_SEEN -> formats.dateTime(Instant.parse(reply.reply()));
      case YES_NO ->
          Messages.text(context, "JA".equals(reply.reply()) ? "inquiry.yes" : "inquiry.no");
      default -> reply.reply();
    };
  }

  private long mailId() {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("BurgernetMail", id);
    }
  }

  public BurgernetMail getMail() {
    return mail;
  }

  public List<AnsweredInquiry> getAnswers() {
    return answers;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}

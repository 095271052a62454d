package nl.burgernet.web.helpdesk;

import java.io.Serializable;
import nl.burgernet.helpdesk.boundary.NewTicket;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.ReceivedBy;
import nl.burgernet.helpdesk.entity.TicketKind;

/** The fields of the "new ticket" dialog, kept while the page is open. */
public class TicketForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private TicketKind kind = TicketKind.QUESTION;
  private ComplaintCategory category;
  private ReceivedBy receivedBy = ReceivedBy.PHONE;
  private String subject;
  private String question;
  private String requesterName;
  private String requesterEmail;
  private String requesterPhone;
  private Long participantId;

  /** The ticket as the service takes it; a category counts only for a complaint. */
  NewTicket toNewTicket() {
    return new NewTicket(
        kind,
        kind == TicketKind.COMPLAINT ? category : null,
        receivedBy,
        subject,
        question,
        requesterName,
        requesterEmail,
        requesterPhone,
        participantId);
  }

  public TicketKind getKind() {
    return kind;
  }

  public void setKind(TicketKind kind) {
    this.kind = kind;
  }

  public ComplaintCategory getCategory() {
    return category;
  }

  public void setCategory(ComplaintCategory category) {
    this.category = category;
  }

  public ReceivedBy getReceivedBy() {
    return receivedBy;
  }

  public void setReceivedBy(ReceivedBy receivedBy) {
    this.receivedBy = receivedBy;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getRequesterName() {
    return requesterName;
  }

  public void setRequesterName(String requesterName) {
    this.requesterName = requesterName;
  }

  public String getRequesterEmail() {
    return requesterEmail;
  }

  public void setRequesterEmail(String requesterEmail) {
    this.requesterEmail = requesterEmail;
  }

  public String getRequesterPhone() {
    return requesterPhone;
  }

  public void setRequesterPhone(String requesterPhone) {
    this.requesterPhone = requesterPhone;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public void setParticipantId(Long participantId) {
    this.participantId = participantId;
  }
}

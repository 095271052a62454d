package nl.burgernet.web.helpdesk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.function.LongFunction;
import nl.burgernet.helpdesk.boundary.IssueList;
import nl.burgernet.helpdesk.boundary.Tickets;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.IssueKind;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.helpdesk.entity.TicketStatus;
import nl.burgernet.helpdesk.entity.TicketStep;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.web.faces.Messages;
import nl.burgernet.web.portal.CurrentStaff;

/**
 * /portal/helpdesk/melding.xhtml?id=N: one ticket with its history, and what the caller's line may
 * do with it: take it, assign it to a colleague, link the participant, escalate it to the second
 * line, answer it (by mail where an address is known), close it, or raise an item for the issue
 * list from it. An id that is no number, unknown or outside the caller's scope is the same "not
 * found" (HTTP 404).
 */
@Named("ticketDetail")
@ViewScoped
public class TicketBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Tickets tickets;

  @Inject private IssueList issues;

  @Inject private CurrentStaff staff;

  @Inject private Clock clock;

  private String id;
  private transient Ticket ticket;
  private String assignee;
  private transient List<SelectItem> assignees;
  private Long participantId;
  private String escalation;
  private String answer;
  private String closingNote;
  private IssueKind issueKind = IssueKind.PROBLEM;
  private String issueTitle;
  private String issueDescription;

  /** View action: the ticket as it is now. */
  public void load() {
    ticket = tickets.find(parse(id));
  }

  public void take() {
    act(tickets::take, "helpdesk.taken");
  }

  /** Hands the ticket to the colleague chosen, who finds it among their own tickets. */
  public void assign() {
    Ticket assigned = tickets.assign(parse(id), assignee);
    assignee = null;
    ticket = assigned;
    assignees = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(
        context,
        Messages.text(
            context, "helpdesk.assigned", assigned.getNumber(), assigned.getOwner().orElse("")));
  }

  public void linkParticipant() {
    act(ticketId -> tickets.linkParticipant(ticketId, participantId), "helpdesk.linked");
    participantId = null;
  }

  public void escalate() {
    act(ticketId -> tickets.escalate(ticketId, escalation), "helpdesk.escalated");
    escalation = null;
  }

  public void answer() {
    Ticket answered = tickets.answer(parse(id), answer);
    answer = null;
    show(answered, answered.isAnswerMailed() ? "helpdesk.answered.mailed" : "helpdesk.answered");
  }

  public void close() {
    act(ticketId -> tickets.close(ticketId, closingNote), "helpdesk.closed");
    closingNote = null;
  }

  public void raiseIssue() {
    long issue = issues.raise(issueKind, issueTitle, issueDescription, parse(id)).getId();
    issueTitle = null;
    issueDescription = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "helpdesk.issue.raised", issue));
  }

  private void act(LongFunction<Ticket> action, String messageKey) {
    show(action.apply(parse(id)), messageKey);
  }

  private void show(Ticket changed, String messageKey) {
    ticket = changed;
    assignees = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, messageKey, changed.getNumber()));
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("Ticket", id);
    }
  }

  public Ticket getTicket() {
    if (ticket == null) {
      load();
    }
    return ticket;
  }

  public boolean isOverdue() {
    return getTicket().isOverdue(clock.instant());
  }

  /** Whether the caller's line may still work on the ticket (the first line only its own). */
  public boolean isWorkable() {
    return getTicket().getStatus().isPending() && isAtCallersLine();
  }

  public boolean isClosable() {
    return getTicket().getStatus() != TicketStatus.CLOSED && isAtCallersLine();
  }

  private boolean isAtCallersLine() {
    ScopeLevel level = staff.getAccount().getScopeLevel();
    return (level == ScopeLevel.MUNICIPALITY || level == ScopeLevel.REGION)
        && getTicket().canBeHandledAt(HelpdeskLine.of(level));
  }

  /** The colleagues the ticket may go to, by name; asked only while workable. */
  public List<SelectItem> getAssignees() {
    if (assignees == null) {
      assignees =
          tickets.assignees(parse(id)).stream()
              .map(colleague -> new SelectItem(colleague.getUsername(), colleague.getDisplayName()))
              .toList();
    }
    return assignees;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public List<TicketStep> getHistory() {
    return getTicket().getHistory();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public void setParticipantId(Long participantId) {
    this.participantId = participantId;
  }

  public String getEscalation() {
    return escalation;
  }

  public void setEscalation(String escalation) {
    this.escalation = escalation;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getClosingNote() {
    return closingNote;
  }

  public void setClosingNote(String closingNote) {
    this.closingNote = closingNote;
  }

  public IssueKind getIssueKind() {
    return issueKind;
  }

  public void setIssueKind(IssueKind issueKind) {
    this.issueKind = issueKind;
  }

  public String getIssueTitle() {
    return issueTitle;
  }

  public void setIssueTitle(String issueTitle) {
    this.issueTitle = issueTitle;
  }

  public String getIssueDescription() {
    return issueDescription;
  }

  public void setIssueDescription(String issueDescription) {
    this.issueDescription = issueDescription;
  }
}

package nl.burgernet.web.helpdesk;

import java.time.Instant;
import java.util.List;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.helpdesk.entity.TicketStep;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.security.entity.StaffAccount;

/** The bodies the helpdesk API reads and writes. Codes are text, so a wrong one is explained. */
public final class TicketJson {

  private TicketJson() {}

  /** A ticket as a staff system registers it; a complaint needs its category. */
  public record New(
      String kind,
      String complaintCategory,
      String receivedBy,
      String subject,
      String question,
      String requesterName,
      String requesterEmail,
      String requesterPhone,
      Long participantId) {}

  /** The reason of an escalation, the answer given, or the note on closing. */
  public record Text(String text) {}

  /** The colleague a ticket is assigned to, by user name. */
  public record Assignment(String assignee) {}

  /** A colleague a ticket may be assigned to. */
  public record Colleague(String username, String name) {

    static Colleague of(StaffAccount account) {
      return new Colleague(account.getUsername(), account.getDisplayName());
    }
  }

  /** The participant a ticket is about. */
  public record Link(Long participantId) {}

  /** A ticket in a list: what it is about and where it stands, without who asked. */
  public record Summary(
      long id,
      String number,
      String kind,
      String complaintCategory,
      String subject,
      String line,
      String status,
      String owner,
      Long participantId,
      Instant receivedAt,
      Instant dueAt,
      boolean overdue) {

    static Summary of(Ticket ticket, Instant now) {
      return new Summary(
          ticket.getId(),
          ticket.getNumber(),
          ticket.getKind().name(),
          ticket.getComplaintCategory().map(Enum::name).orElse(null),
          ticket.getSubject(),
          ticket.getLine().name(),
          ticket.getStatus().name(),
          ticket.getOwner().orElse(null),
          ticket.getParticipantId().orElse(null),
          ticket.getReceivedAt(),
          ticket.getDueAt(),
          ticket.isOverdue(now));
    }
  }

  /** One ticket with who asked, the answer and its history. */
  public record Detail(
      long id,
      String number,
      String kind,
      String complaintCategory,
      String receivedBy,
      String subject,
      String question,
      String requesterName,
      String requesterEmail,
      String requesterPhone,
      Long participantId,
      String line,
      String status,
      String owner,
      Instant receivedAt,
      Instant dueAt,
      boolean overdue,
      Instant escalatedAt,
      Instant answeredAt,
      String answer,
      boolean answerMailed,
      Instant closedAt,
      List<Step> history) {

    static Detail of(Ticket ticket, Instant now) {
      return new Detail(
          ticket.getId(),
          ticket.getNumber(),
          ticket.getKind().name(),
          ticket.getComplaintCategory().map(Enum::name).orElse(null),
          ticket.getReceivedBy().name(),
          ticket.getSubject(),
          ticket.getQuestion(),
          ticket.getRequesterName().orElse(null),
          ticket.getRequesterEmail().map(EmailAddress::value).orElse(null),
          ticket.getRequesterPhone().map(PhoneNumber::e164).orElse(null),
          ticket.getParticipantId().orElse(null),
          ticket.getLine().name(),
          ticket.getStatus().name(),
          ticket.getOwner().orElse(null),
          ticket.getReceivedAt(),
          ticket.getDueAt(),
          ticket.isOverdue(now),
          ticket.getEscalatedAt().orElse(null),
          ticket.getAnsweredAt().orElse(null),
          ticket.getAnswer().orElse(null),
          ticket.isAnswerMailed(),
          ticket.getClosedAt().orElse(null),
          ticket.getHistory().stream().map(Step::of).toList());
    }
  }

  /** One step in a ticket's history; an ASSIGNED step names the colleague it went to. */
  public record Step(
      Instant at,
      String actor,
      String step,
      String assignee,
      String status,
      String line,
      String note) {

    static Step of(TicketStep step) {
      return new Step(
          step.getOccurredAt(),
          step.getActor(),
          step.getStep().name(),
          step.getAssignee().orElse(null),
          step.getStatus().name(),
          step.getLine().name(),
          step.getNote().orElse(null));
    }
  }
}

package nl.burgernet.web.helpdesk;

import java.io.Serializable;
import java.time.Instant;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.helpdesk.entity.TicketKind;
import nl.burgernet.helpdesk.entity.TicketStatus;

/** One ticket as the lists show it; overdue is worked out when the list is loaded. */
public record TicketRow(
    long id,
    String number,
    Instant receivedAt,
    TicketKind kind,
    String subject,
    String requester,
    HelpdeskLine line,
    TicketStatus status,
    String owner,
    Instant dueAt,
    boolean overdue)
    implements Serializable {

  static TicketRow of(Ticket ticket, Instant now) {
    return new TicketRow(
        ticket.getId(),
        ticket.getNumber(),
        ticket.getReceivedAt(),
        ticket.getKind(),
        ticket.getSubject(),
        ticket.getRequesterName().orElse(""),
        ticket.getLine(),
        ticket.getStatus(),
        ticket.getOwner().orElse(""),
        ticket.getDueAt(),
        ticket.isOverdue(now));
  }
}

package nl.burgernet.helpdesk.boundary;

import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.TicketStatus;

/**
 * Which of the caller's tickets a list shows; a part left out (null) does not narrow the list.
 * {@code overdue} picks the tickets past their due date (true) or the others (false).
 */
public record TicketFilter(
    TicketStatus status, HelpdeskLine line, Boolean overdue, Long participantId) {}

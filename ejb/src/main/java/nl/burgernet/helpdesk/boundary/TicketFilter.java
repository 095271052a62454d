package nl.burgernet.helpdesk.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.TicketStatus;

/**
 * Which of the caller's tickets a list shows; a part left out (null) does not narrow the list.
 * {@code overdue} picks the tickets past their due date (true) or the others (false); {@code
 * regionId} and {@code municipalityId} narrow the caller's scope to one region or municipality;
 * {@code receivedFrom} and {@code receivedTo} are Dutch days, both included; {@code text} is part
 * of the subject or the ticket's number (42 or HD-42).
 */
public record TicketFilter(
    TicketStatus status,
    HelpdeskLine line,
    ComplaintCategory category,
    Boolean overdue,
    Long participantId,
    Assignee assignee,
    Long regionId,
    Long municipalityId,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    String text)
    implements Serializable {

  /** Whose tickets: the caller's own, those nobody has, or (null) anyone's. */
  public enum Assignee {
    CALLER,
    NOBODY
  }

  /** Every ticket of the caller's scope. */
  public static TicketFilter none() {
    return new TicketFilter(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The caller's tickets about one participant. */
  public static TicketFilter about(long participantId) {
    return new TicketFilter(
        null, null, null, null, participantId, null, null, null, null, null, null);
  }
}

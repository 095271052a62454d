package nl.burgernet.helpdesk.entity;

import java.time.Instant;

/**
 * The countable facts of one ticket, without anything personal: what the management report and the
 * trends are made of.
 */
public record TicketFact(
    HelpdeskLine line,
    TicketKind kind,
    ComplaintCategory complaintCategory,
    Instant receivedAt,
    Instant dueAt,
    Instant escalatedAt,
    Instant answeredAt,
    TicketStatus status) {

  /** Answered at or before the due date in force at the time. */
  public boolean answeredInTime() {
    return answeredAt != null && !answeredAt.isAfter(dueAt);
  }

  /** Still waiting for an answer after its due date, as {@link Ticket#isOverdue} says. */
  public boolean isOverdue(Instant now) {
    return status.isOverdue(dueAt, now);
  }
}

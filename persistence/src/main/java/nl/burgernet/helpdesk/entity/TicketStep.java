package nl.burgernet.helpdesk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/** One step in a ticket's status history: what happened, who did it, and where the ticket was. */
@Embeddable
public class TicketStep {

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 60)
  private String actor;

  /** The colleague the ticket was assigned to, on an {@link StepKind#ASSIGNED} step. */
  @Column(updatable = false, length = 60)
  private String assignee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private StepKind step;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private TicketStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private HelpdeskLine line;

  @Column(updatable = false, length = Ticket.TEXT_LENGTH)
  private String note;

  protected TicketStep() {}

  TicketStep(
      Instant occurredAt,
      String actor,
      StepKind step,
      TicketStatus status,
      HelpdeskLine line,
      String note,
      String assignee) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.step = step;
    this.status = status;
    this.line = line;
    this.note = note;
    this.assignee = assignee;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public StepKind getStep() {
    return step;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public HelpdeskLine getLine() {
    return line;
  }

  public Optional<String> getAssignee() {
    return Optional.ofNullable(assignee);
  }

  public Optional<String> getNote() {
    return Optional.ofNullable(note);
  }
}

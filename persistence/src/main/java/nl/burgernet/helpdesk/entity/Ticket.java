package nl.burgernet.helpdesk.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.security.entity.Scope;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A helpdesk ticket (melding): a question, complaint or change request taken by phone or mail, with
 * its line, status, owner, due date and status history. The rules for moving it along live here.
 *
 * <p>Scoped like participants: the municipality staff see the tickets about their municipality
 * (also after escalation, to follow them), the regional bureau every ticket of its region.
 */
@Entity
@Table(name = "helpdesk_ticket")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = Ticket.COUNT_PENDING,
    query =
        "SELECT t.line, COUNT(t), SUM(CASE WHEN t.dueAt < :now THEN 1 ELSE 0 END)"
            + " FROM Ticket t WHERE t.status IN :pending GROUP BY t.line")
@NamedQuery(
    name = Ticket.RECEIVED_BETWEEN,
    query =
        "SELECT NEW nl.burgernet.helpdesk.entity.TicketFact(t.line, t.kind, t.complaintCategory,"
            + " t.receivedAt, t.dueAt, t.escalatedAt, t.answeredAt, t.status)"
            + " FROM Ticket t WHERE t.receivedAt >= :from AND t.receivedAt < :until")
@NamedQuery(
    name = Ticket.RECEIVED_IN_AREA_BETWEEN,
    query =
        "SELECT NEW nl.burgernet.helpdesk.entity.TicketFact(t.line, t.kind, t.complaintCategory,"
            + " t.receivedAt, t.dueAt, t.escalatedAt, t.answeredAt, t.status)"
            + " FROM Ticket t WHERE t.scopeRegionId = :region"
            + " AND (:municipality = 0 OR t.scopeMunicipalityId = :municipality)"
            + " AND t.receivedAt >= :from AND t.receivedAt < :until")
@NamedQuery(
    name = Ticket.OF_PARTICIPANT,
    query = "SELECT t FROM Ticket t WHERE t.participantId = :participant")
public class Ticket {

  public static final String COUNT_PENDING = "Ticket.countPending";
  public static final String RECEIVED_BETWEEN = "Ticket.receivedBetween";
  public static final String RECEIVED_IN_AREA_BETWEEN = "Ticket.receivedInAreaBetween";
  public static final String OF_PARTICIPANT = "Ticket.ofParticipant";

  public static final int SUBJECT_LENGTH = 200;
  public static final int TEXT_LENGTH = 4000;
  public static final int NAME_LENGTH = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private TicketKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "received_by", nullable = false, length = 10, updatable = false)
  private ReceivedBy receivedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private HelpdeskLine line;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TicketStatus status;

  @Column(nullable = false, length = SUBJECT_LENGTH, updatable = false)
  private String subject;

  @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
  private String question;

  @Enumerated(EnumType.STRING)
  @Column(name = "complaint_category", length = 30, updatable = false)
  private ComplaintCategory complaintCategory;

  @Column(name = "requester_name", length = NAME_LENGTH)
  private String requesterName;

  @Column(name = "requester_email", length = EmailAddress.MAXIMUM_LENGTH)
  private EmailAddress requesterEmail;

  @Column(name = "requester_phone", length = 16)
  private PhoneNumber requesterPhone;

  /** The participant the ticket is about, by id: the participant component owns that table. */
  @Column(name = "participant_id")
  private Long participantId;

  @Column(length = 60)
  private String owner;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(length = TEXT_LENGTH)
  private String answer;

  @Column(name = "answer_mailed", nullable = false)
  private boolean answerMailed;

  @Column(name = "scope_region_id", nullable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id")
  private Long scopeMunicipalityId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "helpdesk_ticket_step", joinColumns = @JoinColumn(name = "ticket_id"))
  @OrderColumn(name = "position")
  private List<TicketStep> history = new ArrayList<>();

  protected Ticket() {}

  /**
   * A ticket just taken at the line of the one who took it; a complaint needs its category, other
   * tickets have none.
   */
  public Ticket(
      TicketKind kind,
      ComplaintCategory complaintCategory,
      ReceivedBy receivedBy,
      String subject,
      String question,
      HelpdeskLine line,
      TicketScope scope,
      String actor,
      Instant now,
      Instant dueAt) {
    if ((kind == TicketKind.COMPLAINT) != (complaintCategory != null)) {
      throw new IllegalArgumentException("a complaint has a category, other tickets none");
    }
    this.kind = Objects.requireNonNull(kind, "kind");
    this.complaintCategory = complaintCategory;
    this.receivedBy = Objects.requireNonNull(receivedBy, "received by");
    this.subject = Objects.requireNonNull(subject, "subject").strip();
    this.question = Objects.requireNonNull(question, "question").strip();
    this.line = Objects.requireNonNull(line, "line");
    this.scopeRegionId = Objects.requireNonNull(scope.regionId(), "region");
    this.scopeMunicipalityId = scope.municipalityId();
    this.status = TicketStatus.OPEN;
    this.receivedAt = now;
    this.dueAt = Objects.requireNonNull(dueAt, "due date");
    record(actor, StepKind.REGISTERED, null, now);
  }

  /** Who asked, when it is not (only) a participant; every part may be left out. */
  public void askedBy(String name, EmailAddress email, PhoneNumber phone) {
    this.requesterName = name == null || name.isBlank() ? null : name.strip();
    this.requesterEmail = email;
    this.requesterPhone = phone;
  }

  /**
   * Whether staff with that scope see the ticket, as the store's scope filter decides: a region's
   * staff every ticket of the region, a municipality's staff those about their municipality.
   */
  public boolean isVisibleIn(Scope scope) {
    return switch (scope.level()) {
      case NATIONAL -> true;
      case REGION -> scopeRegionId.equals(scope.regionId());
      case MUNICIPALITY -> Objects.equals(scopeMunicipalityId, scope.municipalityId());
      case NONE -> false;
    };
  }

  /** The first line may change only its own tickets; the second line every ticket it sees. */
  public boolean canBeHandledAt(HelpdeskLine callerLine) {
    return callerLine == HelpdeskLine.SECOND || line == HelpdeskLine.FIRST;
  }

  /** The caller takes the ticket to work on it; it stays at its line. */
  public void take(String actor, Instant now) {
    requirePending();
    this.owner = Objects.requireNonNull(actor, "actor");
    this.status = TicketStatus.IN_PROGRESS;
    record(actor, StepKind.TAKEN, null, now);
  }

  /**
   * The caller hands the ticket to a colleague at its line, who becomes its owner and works on it;
   * handing it to its owner again changes nothing and is refused.
   */
  public void assign(String assignee, String actor, Instant now) {
    requirePending();
    if (Objects.requireNonNull(assignee, "assignee").equals(owner)) {
      throw new IllegalStateException("the ticket is assigned to " + assignee + " already");
    }
    this.owner = assignee;
    this.status = TicketStatus.IN_PROGRESS;
    history.add(new TicketStep(now, actor, StepKind.ASSIGNED, status, line, null, assignee));
  }

  public void linkParticipant(long participantId, String actor, Instant now) {
    this.participantId = participantId;
    record(actor, StepKind.LINKED, null, now);
  }

  /**
   * The first line hands the ticket to the regional bureau: it waits there for someone to take it,
   * with the second line's own turnaround from now.
   */
  public void escalate(String actor, String reason, Instant now, Instant newDueAt) {
    requirePending();
    if (line != HelpdeskLine.FIRST) {
      throw new IllegalStateException("only a first-line ticket can be escalated");
    }
    this.line = HelpdeskLine.SECOND;
    this.status = TicketStatus.OPEN;
    this.owner = null;
    this.escalatedAt = now;
    this.dueAt = Objects.requireNonNull(newDueAt, "due date");
    record(actor, StepKind.ESCALATED, reason, now);
  }

  /** The answer given to the requester; {@code mailed} says whether it went out by mail. */
  public void answer(String actor, String text, boolean mailed, Instant now) {
    requirePending();
    this.answer = Objects.requireNonNull(text, "answer").strip();
    this.answerMailed = mailed;
    this.answeredAt = now;
    this.status = TicketStatus.ANSWERED;
    record(actor, StepKind.ANSWERED, null, now);
  }

  public void close(String actor, String note, Instant now) {
    if (status == TicketStatus.CLOSED) {
      throw new IllegalStateException("the ticket is closed already");
    }
    this.status = TicketStatus.CLOSED;
    this.closedAt = now;
    record(actor, StepKind.CLOSED, note, now);
  }

  /** Open or in progress past its due date. */
  public boolean isOverdue(Instant now) {
    return status.isOverdue(dueAt, now);
  }

  /**
   * The participant's personal data is erased: the ticket keeps what reports count, and forgets who
   * asked.
   */
  public void forgetRequester() {
    this.requesterName = null;
    this.requesterEmail = null;
    this.requesterPhone = null;
    this.participantId = null;
  }

  private void requirePending() {
    if (!status.isPending()) {
      throw new IllegalStateException("the ticket is answered or closed");
    }
  }

  private void record(String actor, StepKind step, String note, Instant now) {
    history.add(
        new TicketStep(
            now,
            actor,
            step,
            status,
            line,
            note == null || note.isBlank() ? null : note.strip(),
            null));
  }

  public Long getId() {
    return id;
  }

  /** The number staff and requesters refer to, e.g. HD-42. */
  public String getNumber() {
    return "HD-" + id;
  }

  public TicketKind getKind() {
    return kind;
  }

  public ReceivedBy getReceivedBy() {
    return receivedBy;
  }

  public HelpdeskLine getLine() {
    return line;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public String getSubject() {
    return subject;
  }

  public String getQuestion() {
    return question;
  }

  public Optional<ComplaintCategory> getComplaintCategory() {
    return Optional.ofNullable(complaintCategory);
  }

  public Optional<String> getRequesterName() {
    return Optional.ofNullable(requesterName);
  }

  public Optional<EmailAddress> getRequesterEmail() {
    return Optional.ofNullable(requesterEmail);
  }

  public Optional<PhoneNumber> getRequesterPhone() {
    return Optional.ofNullable(requesterPhone);
  }

  public Optional<Long> getParticipantId() {
    return Optional.ofNullable(participantId);
  }

  public Optional<String> getOwner() {
    return Optional.ofNullable(owner);
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Optional<Instant> getEscalatedAt() {
    return Optional.ofNullable(escalatedAt);
  }

  public Optional<Instant> getAnsweredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public Optional<Instant> getClosedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<String> getAnswer() {
    return Optional.ofNullable(answer);
  }

  public boolean isAnswerMailed() {
    return answerMailed;
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }

  public List<TicketStep> getHistory() {
    return List.copyOf(history);
  }
}

package nl.burgernet.helpdesk.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.helpdesk.control.TicketMails;
import nl.burgernet.helpdesk.control.TicketSearchText;
import nl.burgernet.helpdesk.control.Turnaround;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.helpdesk.entity.TicketKind;
import nl.burgernet.helpdesk.entity.TicketScope;
import nl.burgernet.helpdesk.entity.TicketStatus;
import nl.burgernet.participant.boundary.Participants;
import nl.burgernet.participant.control.PhoneKind;
import nl.burgernet.participant.control.PhoneNumbers;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.Colleagues;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/**
 * The helpdesk: tickets taken at the municipality (first line, the relation manager) or at the
 * regional bureau (second line), escalated from the first to the second line, answered by mail
 * through the outbound port and closed. Each caller sees the tickets of their scope and changes
 * those of their own line; every read and change is in the audit trail.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({StaffRole.Names.RELATION_MANAGER, StaffRole.Names.REGIONAL_HELPDESK})
public class Tickets {

  static final String AUDIT_OBJECT = "Ticket";

  private static final Set<TicketStatus> PENDING =
      EnumSet.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS);

  private static final Set<StaffRole> TICKET_ROLES =
      EnumSet.of(StaffRole.RELATION_MANAGER, StaffRole.REGIONAL_HELPDESK);

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** Tickets in one filtered list at most; a narrower filter finds the rest. */
  public static final int MAXIMUM_LISTED = 500;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Participants participants;

  @Inject private Turnaround turnaround;

  @Inject private TicketMails mails;

  @Inject private CallerScope callerScope;

  @Inject private Colleagues colleagues;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Resource private SessionContext context;

  /** Registers a ticket at the caller's line, due after that line's turnaround. */
  public Ticket register(@NotNull @Valid NewTicket details) {
    HelpdeskLine line = callerLine();
    Optional<Participant> participant =
        Optional.ofNullable(details.participantId()).map(participants::find);
    Instant now = clock.instant();
    Ticket ticket =
        new Ticket(
            details.kind(),
            complaintCategoryOf(details),
            details.receivedBy(),
            details.subject(),
            details.question(),
            line,
            scopeFor(participant),
            caller(),
            now,
            turnaround.dueAt(line, now));
    ticket.askedBy(
        details.requesterName(),
        isBlank(details.requesterEmail()) ? null : EmailAddress.of(details.requesterEmail()),
        phoneOf(details.requesterPhone()));
    participant.ifPresent(p -> ticket.linkParticipant(p.getId(), caller(), now));
    em.persist(ticket);
    em.flush();
    changed(AuditAction.CREATE, ticket, "registered at the " + line + " line");
    return ticket;
  }

  /**
   * The caller's tickets that pass the filter, in the order of the work (see {@link #page}), at
   * most {@link #MAXIMUM_LISTED}. A participant outside the caller's scope is "not found", like a
   * ticket is.
   */
  public List<Ticket> list(@NotNull TicketFilter filter) {
    return page(filter, 0, MAXIMUM_LISTED);
  }

  /**
   * One page of the caller's tickets that pass the filter: first the open and in-progress ones, the
   * first due first, then the answered and closed ones, the newest first.
   */
  public List<Ticket> page(
      @NotNull TicketFilter filter, @Min(0) int first, @Min(1) @Max(MAXIMUM_LISTED) int size) {
    if (filter.participantId() != null) {
      participants.find(filter.participantId());
    }
    CriteriaBuilder criteria = em.getCriteriaBuilder();
    CriteriaQuery<Ticket> query = criteria.createQuery(Ticket.class);
    Root<Ticket> ticket = query.from(Ticket.class);
    Predicate pending = ticket.get("status").in(PENDING);
    query
        .where(conditions(criteria, ticket, filter))
        .orderBy(
            criteria.asc(criteria.selectCase().when(pending, 0).otherwise(1)),
            criteria.asc(
                criteria
                    .<Instant>selectCase()
                    .when(pending, ticket.get("dueAt"))
                    .otherwise(criteria.nullLiteral(Instant.class))),
            criteria.desc(ticket.get("receivedAt")),
            criteria.desc(ticket.get("id")));
    List<Ticket> tickets =
        em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    auditTrail.record(AuditAction.READ, AUDIT_OBJECT, "lijst gefilterd", AuditResult.SUCCESS);
    return tickets;
  }

  /** How many of the caller's tickets pass the filter. */
  public long count(@NotNull TicketFilter filter) {
    CriteriaBuilder criteria = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = criteria.createQuery(Long.class);
    Root<Ticket> ticket = query.from(Ticket.class);
    query.select(criteria.count(ticket)).where(conditions(criteria, ticket, filter));
    return em.createQuery(query).getSingleResult();
  }

  /** The filter as conditions; a period that ends before it starts is refused. */
  private Predicate[] conditions(
      CriteriaBuilder criteria, Root<Ticket> ticket, TicketFilter filter) {
    if (filter.receivedFrom() != null
        && filter.receivedTo() != null
        && filter.receivedTo().isBefore(filter.receivedFrom())) {
      throw new InvalidInputException("helpdesk.filter.period");
    }
    List<Predicate> conditions = new ArrayList<>();
    equal(conditions, criteria, ticket, "status", filter.status());
    equal(conditions, criteria, ticket, "line", filter.line());
    equal(conditions, criteria, ticket, "complaintCategory", filter.category());
    equal(conditions, criteria, ticket, "participantId", filter.participantId());
    equal(conditions, criteria, ticket, "scopeRegionId", filter.regionId());
    equal(conditions, criteria, ticket, "scopeMunicipalityId", filter.municipalityId());
    if (filter.overdue() != null) {
      Predicate overdue =
          criteria.and(
              ticket.get("status").in(PENDING),
              criteria.lessThan(ticket.<Instant>get("dueAt"), clock.instant()));
      conditions.add(filter.overdue() ? overdue : criteria.not(overdue));
    }
    if (filter.assignee() != null) {
      conditions.add(
          switch (filter.assignee()) {
            case CALLER -> criteria.equal(ticket.get("owner"), caller());
            case NOBODY -> criteria.isNull(ticket.get("owner"));
          });
    }
    if (filter.receivedFrom() != null) {
      conditions.add(
          criteria.greaterThanOrEqualTo(
              ticket.<Instant>get("receivedAt"), startOf(filter.receivedFrom())));
    }
    if (filter.receivedTo() != null) {
      conditions.add(
          criteria.lessThan(
              ticket.<Instant>get("receivedAt"), startOf(filter.receivedTo().plusDays(1))));
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      conditions.add(matching(criteria, ticket, filter.text().strip()));
    }
    return conditions.toArray(Predicate[]::new);
  }

  private static void equal(
      List<Predicate> conditions,
      CriteriaBuilder criteria,
      Root<Ticket> ticket,
      String attribute,
      Object value) {
    if (value != null) {
      conditions.add(criteria.equal(ticket.get(attribute), value));
    }
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(AMSTERDAM).toInstant();
  }

  /** Part of the subject, or the ticket's number with or without its "HD-". */
  private static Predicate matching(CriteriaBuilder criteria, Root<Ticket> ticket, String text) {
    Predicate inSubject =
        criteria.like(
            criteria.lower(ticket.get("subject")),
            TicketSearchText.subjectPattern(text),
            TicketSearchText.ESCAPE);
    return TicketSearchText.ticketId(text)
        .map(id -> criteria.or(inSubject, criteria.equal(ticket.get("id"), id)))
        .orElse(inSubject);
  }

  public TicketCounts counts() {
    long first = 0;
    long second = 0;
    long overdue = 0;
    for (Object[] row :
        em.createNamedQuery(Ticket.COUNT_PENDING, Object[].class)
            .setParameter("pending", PENDING)
            .setParameter("now", clock.instant())
            .getResultList()) {
      long count = ((Number) row[1]).longValue();
      if (row[0] == HelpdeskLine.FIRST) {
        first = count;
      } else {
        second = count;
      }
      overdue += row[2] == null ? 0 : ((Number) row[2]).longValue();
    }
    return new TicketCounts(first, second, overdue);
  }

  /** The ticket, or "not found" when unknown or outside the caller's scope. */
  public Ticket find(@NotNull Long id) {
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null) {
      auditTrail.record(AuditAction.READ, AUDIT_OBJECT, id, AuditResult.DENIED);
      throw new NotFoundException(AUDIT_OBJECT, id);
    }
    auditTrail.record(AuditAction.READ, AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return ticket;
  }

  /** The caller takes the ticket to work on it. */
  public Ticket take(@NotNull Long id) {
    Ticket ticket = handled(id);
    ticket.take(caller(), clock.instant());
    changed(AuditAction.UPDATE, ticket, "taken");
    return ticket;
  }

  /**
   * The colleagues the caller may hand the ticket to: the staff of the ticket roles within the
   * caller's scope who see the ticket and may work on it at its line, by name.
   */
  public List<StaffAccount> assignees(@NotNull Long id) {
    Ticket ticket = handled(id);
    return colleagues.withAnyRole(TICKET_ROLES).stream()
        .filter(colleague -> ticket.isVisibleIn(colleague.scope()))
        .filter(colleague -> mayWorkAtLineOf(colleague, ticket))
        .toList();
  }

  /**
   * The caller hands the ticket to a colleague (by user name), who becomes its owner and finds it
   * among their own tickets. The colleague must work with tickets, see this one and work at its
   * line; a colleague outside the caller's sight is as unknown as a name nobody has.
   */
  public Ticket assign(
      @NotNull Long id,
      @NotBlank(message = "{helpdesk.assign.required}")
          @Size(max = 60, message = "{helpdesk.assign.unknown}")
          String username) {
    Ticket ticket = handled(id);
    StaffAccount colleague =
        colleagues
            .withAnyRole(username, TICKET_ROLES)
            .orElseThrow(() -> new InvalidInputException("helpdesk.assign.unknown", username));
    String name = colleague.getDisplayName();
    if (!ticket.isVisibleIn(colleague.scope())) {
      throw new InvalidInputException("helpdesk.assign.notVisible", name, ticket.getNumber());
    }
    if (!mayWorkAtLineOf(colleague, ticket)) {
      throw new InvalidInputException("helpdesk.assign.otherLine", name, ticket.getNumber());
    }
    if (ticket.getOwner().filter(colleague.getUsername()::equals).isPresent()) {
      throw new ConflictException("helpdesk.assign.already", ticket.getNumber(), name);
    }
    ticket.assign(colleague.getUsername(), caller(), clock.instant());
    changed(AuditAction.UPDATE, ticket, "assigned to a colleague");
    return ticket;
  }

  private static boolean mayWorkAtLineOf(StaffAccount colleague, Ticket ticket) {
    ScopeLevel level = colleague.getScopeLevel();
    return (level == ScopeLevel.MUNICIPALITY || level == ScopeLevel.REGION)
        && ticket.canBeHandledAt(HelpdeskLine.of(level));
  }

  /** Links the participant the ticket is about; the participant must be in the caller's scope. */
  public Ticket linkParticipant(@NotNull Long id, @NotNull Long participantId) {
    Ticket ticket = handled(id);
    Participant participant = participants.find(participantId);
    ticket.linkParticipant(participant.getId(), caller(), clock.instant());
    changed(AuditAction.UPDATE, ticket, "linked to a participant");
    return ticket;
  }

  /** The first line hands the ticket to the regional bureau, saying why. */
  public Ticket escalate(
      @NotNull Long id,
      @NotBlank(message = "{helpdesk.escalation.required}")
          @Size(max = Ticket.TEXT_LENGTH, message = "{helpdesk.text.size}")
          @Pattern(regexp = HelpdeskTexts.TEXT, message = "{helpdesk.text.characters}")
          String reason) {
    Ticket ticket = handled(id);
    if (ticket.getLine() != HelpdeskLine.FIRST) {
      throw new ConflictException("helpdesk.escalate.notFirstLine");
    }
    Instant now = clock.instant();
    ticket.escalate(caller(), reason, now, turnaround.dueAt(HelpdeskLine.SECOND, now));
    changed(AuditAction.UPDATE, ticket, "escalated to the second line");
    return ticket;
  }

  /**
   * Records the answer and mails it to the requester (or the linked participant) where an e-mail
   * address is known; otherwise the answer was given by phone.
   */
  public Ticket answer(
      @NotNull Long id,
      @NotBlank(message = "{helpdesk.answer.required}")
          @Size(max = Ticket.TEXT_LENGTH, message = "{helpdesk.text.size}")
          @Pattern(regexp = HelpdeskTexts.TEXT, message = "{helpdesk.text.characters}")
          String answer) {
    Ticket ticket = handled(id);
    Optional<Participant> participant = ticket.getParticipantId().map(participants::find);
    Optional<EmailAddress> address =
        ticket.getRequesterEmail().or(() -> participant.flatMap(Participant::getEmail));
    ticket.answer(caller(), answer, address.isPresent(), clock.instant());
    String name =
        ticket.getRequesterName().or(() -> participant.map(Participant::getName)).orElse(null);
    address.ifPresent(to -> mails.sendAnswer(ticket, to, name));
    changed(AuditAction.UPDATE, ticket, address.isPresent() ? "answered by mail" : "answered");
    return ticket;
  }

  public Ticket close(
      @NotNull Long id,
      @Size(max = Ticket.TEXT_LENGTH, message = "{helpdesk.text.size}")
          @Pattern(regexp = HelpdeskTexts.TEXT, message = "{helpdesk.text.characters}")
          String note) {
    Ticket ticket = atCallerLine(id);
    if (ticket.getStatus() == TicketStatus.CLOSED) {
      throw new ConflictException("helpdesk.ticket.done");
    }
    ticket.close(caller(), note, clock.instant());
    changed(AuditAction.UPDATE, ticket, "closed");
    return ticket;
  }

  /** A ticket the caller's line may change: the first line only its own. */
  private Ticket atCallerLine(Long id) {
    Ticket ticket = find(id);
    if (!ticket.canBeHandledAt(callerLine())) {
      throw new ConflictException("helpdesk.ticket.atSecondLine");
    }
    return ticket;
  }

  /** A pending ticket the caller's line may work on. */
  private Ticket handled(Long id) {
    Ticket ticket = atCallerLine(id);
    if (!ticket.getStatus().isPending()) {
      throw new ConflictException("helpdesk.ticket.done");
    }
    return ticket;
  }

  private HelpdeskLine callerLine() {
    Scope scope = callerScope.current();
    return switch (scope.level()) {
      case MUNICIPALITY -> HelpdeskLine.FIRST;
      case REGION -> HelpdeskLine.SECOND;
      case NATIONAL, NONE -> throw new InvalidInputException("helpdesk.scope.required");
    };
  }

  /**
   * A municipality's ticket is about that municipality; the region's about the participant's
   * municipality where one is linked.
   */
  private TicketScope scopeFor(Optional<Participant> participant) {
    Scope scope = callerScope.current();
    if (scope.municipalityId() != null) {
      return new TicketScope(scope.regionId(), scope.municipalityId());
    }
    return new TicketScope(
        scope.regionId(), participant.map(Participant::getScopeMunicipalityId).orElse(null));
  }

  private static ComplaintCategory complaintCategoryOf(NewTicket details) {
    if (details.kind() == TicketKind.COMPLAINT) {
      if (details.complaintCategory() == null) {
        throw new InvalidInputException("helpdesk.category.required");
      }
      return details.complaintCategory();
    }
    return null;
  }

  private static PhoneNumber phoneOf(String input) {
    if (isBlank(input)) {
      return null;
    }
    return PhoneNumbers.parse(input, PhoneKind.MOBILE)
        .or(() -> PhoneNumbers.parse(input, PhoneKind.LANDLINE))
        .orElseThrow(() -> new InvalidInputException("helpdesk.phone.invalid"));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private void changed(AuditAction action, Ticket ticket, String what) {
    auditTrail.record(action, AUDIT_OBJECT, ticket.getId(), AuditResult.SUCCESS);
    log.info(() -> "Ticket " + ticket.getId() + " " + what);
  }
}

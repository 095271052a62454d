package nl.burgernet.helpdesk.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.helpdesk.entity.Issue;
import nl.burgernet.helpdesk.entity.IssueKind;
import nl.burgernet.helpdesk.entity.IssueStatus;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.StaffRole;

/**
 * The issue list (issuelijst, seed 004): relation managers and the helpdesk raise known problems
 * and wishes, from a ticket or from their own work; the functional administrator decides on them,
 * and the manager reads them for the talks with functional administration.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.RELATION_MANAGER,
  StaffRole.Names.REGIONAL_HELPDESK,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
  StaffRole.Names.MANAGER
})
public class IssueList {

  private static final String AUDIT_OBJECT = "Issue";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Tickets tickets;

  @Inject private CallerScope callerScope;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Resource private SessionContext context;

  /** The items within the caller's scope, open ones first. */
  public List<Issue> items() {
    return em.createNamedQuery(Issue.ALL, Issue.class).getResultList();
  }

  /** Raises an item; {@code ticketId} names the ticket it came from, if any. */
  @RolesAllowed({
    StaffRole.Names.RELATION_MANAGER,
    StaffRole.Names.REGIONAL_HELPDESK,
    StaffRole.Names.FUNCTIONAL_ADMINISTRATOR
  })
  public Issue raise(
      @NotNull(message = "{helpdesk.issue.kind.required}") IssueKind kind,
      @NotBlank(message = "{helpdesk.issue.title.required}")
          @Size(max = Issue.TITLE_LENGTH, message = "{helpdesk.subject.size}")
          @Pattern(regexp = HelpdeskTexts.TEXT, message = "{helpdesk.text.characters}")
          String title,
      @NotBlank(message = "{helpdesk.issue.description.required}")
          @Size(max = Issue.DESCRIPTION_LENGTH, message = "{helpdesk.text.size}")
          @Pattern(regexp = HelpdeskTexts.TEXT, message = "{helpdesk.text.characters}")
          String description,
      Long ticketId) {
    Long fromTicket = ticketId == null ? null : tickets.find(ticketId).getId();
    Scope scope = callerScope.current();
    Issue issue =
        new Issue(
            kind,
            title,
            description,
            fromTicket,
            context.getCallerPrincipal().getName(),
            scope.regionId(),
            scope.municipalityId(),
            clock.instant());
    em.persist(issue);
    em.flush();
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, issue.getId(), AuditResult.SUCCESS);
    return issue;
  }

  /** The functional administrator's decision on an item. */
  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public Issue decide(
      @NotNull Long id,
      @NotNull(message = "{helpdesk.issue.status.required}") IssueStatus status,
      @Size(max = Issue.NOTE_LENGTH, message = "{helpdesk.text.size}")
          @Pattern(regexp = HelpdeskTexts.TEXT, message = "{helpdesk.text.characters}")
          String note) {
    Issue issue = em.find(Issue.class, id);
    if (issue == null) {
      auditTrail.record(AuditAction.READ, AUDIT_OBJECT, id, AuditResult.DENIED);
      throw new NotFoundException(AUDIT_OBJECT, id);
    }
    issue.decide(status, note, clock.instant());
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return issue;
  }
}

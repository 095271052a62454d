package nl.burgernet.action.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.burgernet.action.control.ActionReportMailing;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionReport;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.PublicReportText;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The public reports (actieverslagen) of the closed real actions of the caller's regional unit. The
 * police communications officer of the unit writes and publishes them (issue 5: "the police
 * communications officer edits and publishes the public action report"; seed: "a report is
 * published for the public website and sent to interested participants"). Exercises and tests get
 * no public report: the public must never read practice as something that happened.
 */
@Stateless
@ScopeFiltered
@RolesAllowed(StaffRole.Names.COMMUNICATIONS_OFFICER)
public class ActionReportPublishing {

  static final String AUDIT_OBJECT = "ActionReport";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ActionReportMailing mailing;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Resource private SessionContext session;

  /** The newest closed real actions with their reports so far, at most {@code maximum}. */
  public List<ReportDraftView> closedActions(int maximum) {
    return em
        .createNamedQuery(Action.IN_STATE_WITH_STATUS, Action.class)
        .setParameter("state", ActionState.CLOSED)
        .setParameter("status", ActionStatus.ACTUAL)
        .setMaxResults(Math.max(1, Math.min(maximum, 500)))
        .getResultList()
        .stream()
        .map(action -> view(action, report(action.getId())))
        .toList();
  }

  public ReportDraftView of(@NotNull Long actionId) {
    Action action = closed(actionId);
    return view(action, report(actionId));
  }

  /**
   * Writes or rewrites the report's text. A published report shows the new text at once; it is not
   * mailed again.
   */
  public ReportDraftView write(@NotNull Long actionId, @NotNull @Valid ReportText text) {
    Action action = closed(actionId);
    for (String part : List.of(text.title(), text.body())) {
      PublicReportText.problemOf(part, action.getDescription())
          .ifPresent(
              problem -> {
                throw new InvalidInputException("action.report." + problem.name());
              });
    }
    String writer = session.getCallerPrincipal().getName();
    Optional<ActionReport> existing = report(actionId);
    ActionReport report;
    if (existing.isPresent()) {
      report = existing.get();
      report.rewrite(text.title(), text.body(), writer, clock.instant());
    } else {
      report = new ActionReport(action, text.title(), text.body(), writer, clock.instant());
      em.persist(report);
      em.flush();
    }
    auditTrail.record(
        existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
        AUDIT_OBJECT,
        report.getId(),
        AuditResult.SUCCESS);
    return view(action, Optional.of(report));
  }

  /**
   * Makes the written report public (pages and feed) and, the first time, mails it to the
   * participants the action reached who want reports.
   */
  public ReportDraftView publish(@NotNull Long actionId) {
    Action action = closed(actionId);
    ActionReport report =
        report(actionId).orElseThrow(() -> new ConflictException("action.report.notWritten"));
    if (!report.isPublished()) {
      report.publish(session.getCallerPrincipal().getName(), clock.instant());
      mailing.mail(action, report).ifPresent(request -> report.mailedBy(request.getId()));
      log.info(() -> "Report of action " + actionId + " published");
    }
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, report.getId(), AuditResult.SUCCESS);
    return view(action, Optional.of(report));
  }

  private Action closed(Long actionId) {
    Action action = em.find(Action.class, actionId);
    if (action == null) {
      throw new NotFoundException("Action", actionId);
    }
    if (!action.getStatus().isActual()) {
      throw new ConflictException("action.report.practice");
    }
    if (action.isOpen()) {
      throw new ConflictException("action.report.open");
    }
    return action;
  }

  private Optional<ActionReport> report(long actionId) {
    return em.createNamedQuery(ActionReport.OF_ACTION, ActionReport.class)
        .setParameter("action", actionId)
        .getResultStream()
        .findFirst();
  }

  private static ReportDraftView view(Action action, Optional<ActionReport> report) {
    return new ReportDraftView(
        action.getId(),
        action.getScenarioName(),
        action.getKind(),
        action.getOutcome().orElse(null),
        action.getClosedAt().orElse(null),
        report.map(ActionReport::getId).orElse(null),
        report.map(ActionReport::getTitle).orElse(null),
        report.map(ActionReport::getBody).orElse(null),
        report.flatMap(ActionReport::getPublishedAt).orElse(null),
        report.flatMap(ActionReport::getMailRequestId).orElse(null));
  }
}

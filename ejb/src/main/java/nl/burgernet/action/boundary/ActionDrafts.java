package nl.burgernet.action.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import nl.burgernet.action.control.ActionDossier;
import nl.burgernet.action.control.AreaSpecifications;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionDraft;
import nl.burgernet.action.entity.CapTime;
import nl.burgernet.action.entity.DeploymentScenario;
import nl.burgernet.action.entity.DossierEntryKind;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * Draft actions from partners' CAP alerts for the caller's control room: the operator reviews one
 * and sends it (it starts as an ordinary action, with the partner's alert in its dossier) or
 * dismisses it.
 */
@Stateless
@ScopeFiltered
@RolesAllowed(StaffRole.Names.CONTROL_ROOM_OPERATOR)
public class ActionDrafts {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Actions actions;

  @Inject private ActionDossier dossier;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Resource private SessionContext session;

  /** The drafts waiting for review, newest first. */
  public List<DraftView> pending() {
    return em
        .createNamedQuery(ActionDraft.IN_STATE, ActionDraft.class)
        .setParameter("state", ActionDraft.State.PENDING)
        .getResultList()
        .stream()
        .map(ActionDrafts::view)
        .toList();
  }

  public DraftView find(@NotNull Long draftId) {
    return view(draft(draftId));
  }

  /**
   * Starts the action the draft proposes, on the scenario's channels and with the alert's status
   * (real, exercise or test); the same key again returns the action it started.
   */
  public ActionView send(@NotNull Long draftId, @NotBlank @Size(max = 60) String idempotencyKey) {
    ActionDraft draft = draft(draftId);
    if (draft.getState() == ActionDraft.State.SENT) {
      return actions.find(draft.getActionId().orElseThrow());
    }
    if (!draft.isPending()) {
      throw new ConflictException("action.draft.reviewed");
    }
    DeploymentScenario scenario = em.find(DeploymentScenario.class, draft.getScenarioId());
    ActionView started =
        actions.start(
            new NewAction(
                draft.getScenarioId(),
                draft.getDescription(),
                draft.getCallbackNumber(),
                scenario.getChannels(),
                AreaSpecifications.fromJson(draft.getArea()),
                idempotencyKey,
                draft.getStatus()));
    String operator = session.getCallerPrincipal().getName();
    draft.sentAs(started.id(), operator, clock.instant());
    dossier.append(
        em.find(Action.class, started.id()),
        "cap:" + draft.getCapSender(),
        DossierEntryKind.CAP_RECEIVED,
        "Actie gemaakt van CAP-bericht "
            + draft.getCapIdentifier()
            + " van "
            + draft.getCapSender()
            + " ("
            + CapTime.format(draft.getCapSent())
            + "), ontvangen "
            + CapTime.format(draft.getReceivedAt())
            + ", beoordeeld en verzonden door "
            + operator
            + ":\n"
            + draft.getDocument());
    auditTrail.record(
        AuditAction.UPDATE, IncomingAlerts.AUDIT_OBJECT, draftId, AuditResult.SUCCESS);
    return started;
  }

  /** Sends nothing and takes the draft off the list. */
  public void dismiss(@NotNull Long draftId) {
    ActionDraft draft = draft(draftId);
    if (!draft.isPending()) {
      throw new ConflictException("action.draft.reviewed");
    }
    draft.dismiss(session.getCallerPrincipal().getName(), clock.instant());
    auditTrail.record(
        AuditAction.UPDATE, IncomingAlerts.AUDIT_OBJECT, draftId, AuditResult.SUCCESS);
  }

  private ActionDraft draft(Long draftId) {
    ActionDraft draft = em.find(ActionDraft.class, draftId);
    if (draft == null) {
      throw new NotFoundException(IncomingAlerts.AUDIT_OBJECT, draftId);
    }
    return draft;
  }

  static DraftView view(ActionDraft draft) {
    return new DraftView(
        draft.getId(),
        draft.getCapSender(),
        draft.getCapIdentifier(),
        draft.getCapSent(),
        draft.getEvent(),
        draft.getHeadline().orElse(null),
        draft.getStatus(),
        draft.getScenarioId(),
        draft.getDescription(),
        draft.getCallbackNumber(),
        AreaSpecifications.fromJson(draft.getArea()),
        AreaSpecifications.describe(AreaSpecifications.fromJson(draft.getArea())),
        draft.getState(),
        draft.getReceivedAt(),
        draft.getActionId().orElse(null));
  }
}

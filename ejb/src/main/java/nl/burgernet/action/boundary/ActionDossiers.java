package nl.burgernet.action.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.burgernet.action.control.ActionCapMessages;
import nl.burgernet.action.control.ActionDossier;
import nl.burgernet.action.control.ActionViews;
import nl.burgernet.action.control.DossierPdf;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.DossierEntry;
import nl.burgernet.action.entity.WebhookDelivery;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * An action's dossier as the control room and the investigating officers of its region read it, on
 * screen and as PDF for the investigation. Every reading is in the audit trail: the dossier names
 * participants' tips and the operators' steps.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.CONTROL_ROOM_OPERATOR,
  StaffRole.Names.INVESTIGATING_OFFICER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR
})
public class ActionDossiers {

  static final String AUDIT_OBJECT = "ActionDossier";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ActionDossier dossier;

  @Inject private ActionCapMessages capMessages;

  @Inject private AuditTrail auditTrail;

  /** The dossier with its verification; not found outside the caller's scope. */
  public DossierReport report(@NotNull Long actionId) {
    Action action = em.find(Action.class, actionId);
    if (action == null) {
      auditTrail.record(AuditAction.READ, AUDIT_OBJECT, actionId, AuditResult.DENIED);
      throw new NotFoundException("Action", actionId);
    }
    List<DossierEntry> entries = dossier.entries(actionId);
    auditTrail.record(AuditAction.READ, AUDIT_OBJECT, actionId, AuditResult.SUCCESS);
    return new DossierReport(
        action.getId(),
        action.getScenarioName(),
        action.getKind(),
        action.getDescription(),
        action.getState(),
        action.getStartedBy(),
        action.getStartedAt(),
        action.getOutcome().orElse(null),
        action.getClosedAt().orElse(null),
        entries.stream().map(ActionViews::of).toList(),
        new DossierVerification(entries.size(), DossierEntry.firstBroken(entries).orElse(null)),
        capMessages.of(action).stream()
            .map(
                message ->
                    new DossierReport.CapLine(
                        message.identifier(), message.msgType(), message.sent()))
            .toList(),
        em
            .createNamedQuery(WebhookDelivery.OF_ACTION, WebhookDelivery.class)
            .setParameter("action", actionId)
            .getResultList()
            .stream()
            .map(Webhooks::view)
            .toList());
  }

  /** The same dossier as a PDF document. */
  public byte[] pdf(@NotNull Long actionId) {
    return DossierPdf.write(report(actionId));
  }
}

package nl.burgernet.participant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * Staff reading a participant's data, within their scope: a municipality's staff see its
 * participants, a regional bureau its region. Every read is in the audit trail, also a refused one.
 */
@Stateless
@ScopeFiltered
// ambassadors see the spread of participants, never a participant's personal data (AVG)
@RolesAllowed({StaffRole.Names.RELATION_MANAGER, StaffRole.Names.REGIONAL_HELPDESK})
public class Participants {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private AuditTrail auditTrail;

  /** The participant, or "not found" when unknown or outside the caller's scope. */
  public Participant find(@NotNull Long id) {
    Participant participant = em.find(Participant.class, id);
    if (participant == null) {
      auditTrail.record(AuditAction.READ, Registrations.AUDIT_OBJECT, id, AuditResult.DENIED);
      throw new NotFoundException(Registrations.AUDIT_OBJECT, id);
    }
    auditTrail.record(AuditAction.READ, Registrations.AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return participant;
  }
}

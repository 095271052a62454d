package nl.burgernet.participant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.control.ParticipantFinder;
import nl.burgernet.participant.control.SearchTerm;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
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

  @Inject private ParticipantFinder finder;

  /** Largest page a search returns at once. */
  public static final int MAXIMUM_PAGE = 100;

  /**
   * Participants matching what was typed (name, phone in any notation, e-mail, postcode), a page at
   * a time, optionally in one status. The search is audited by its kind, not its term, so the trail
   * holds no personal data of its own.
   */
  public SearchPage search(
      String term,
      ParticipantStatus status,
      @Min(0) int first,
      @Min(1) @Max(MAXIMUM_PAGE) int pageSize) {
    SearchTerm recognised = SearchTerm.of(term);
    SearchPage page =
        new SearchPage(
            finder.page(recognised, status, first, pageSize), finder.count(recognised, status));
    auditTrail.record(
        AuditAction.READ,
        Registrations.AUDIT_OBJECT,
        "zoeken op " + recognised.kind().name().toLowerCase(Locale.ROOT),
        AuditResult.SUCCESS);
    return page;
  }

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

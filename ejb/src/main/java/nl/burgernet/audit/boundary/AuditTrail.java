package nl.burgernet.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import nl.burgernet.audit.control.RequestOrigin;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditEntry;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The audit trail (BIO 8.15.01). Entries are written in their own transaction, so that a refused or
 * failed attempt is recorded even when the attempt itself is rolled back.
 */
@Stateless
@ScopeFiltered
public class AuditTrail {

  /** Actor recorded when nobody is logged in. */
  public static final String ANONYMOUS = "anoniem";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private SecurityContext securityContext;

  @Inject private CallerScope callerScope;

  @Inject private Clock clock;

  /** Records what the logged-in caller did. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditAction action, String objectType, Object objectId, AuditResult result) {
    Principal caller = securityContext.getCallerPrincipal();
    String actor = caller == null ? ANONYMOUS : caller.getName();
    recordFor(actor, callerScope.current().regionId(), action, objectType, objectId, result);
  }

  /** Records an attempt by a named actor who is not (yet) the caller, such as a login. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFor(
      String actor,
      Long regionId,
      AuditAction action,
      String objectType,
      Object objectId,
      AuditResult result) {
    em.persist(
        new AuditEntry(
            clock.instant(),
            actor,
            action,
            objectType,
            objectId == null ? null : String.valueOf(objectId),
            result,
            RequestOrigin.current(),
            regionId));
  }

  @RolesAllowed({StaffRole.Names.FUNCTIONAL_ADMINISTRATOR, StaffRole.Names.MANAGER})
  public List<AuditEntry> latest(int maxResults) {
    return em.createNamedQuery(AuditEntry.LATEST, AuditEntry.class)
        .setMaxResults(Math.min(Math.max(maxResults, 1), 1000))
        .getResultList();
  }
}

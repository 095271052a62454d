package nl.burgernet.participant.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.delivery.entity.MailBounce;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Mail that came back for good (a permanent 5.x.x bounce) marks the address bad on every
 * participant who has it: nothing more is mailed to it, and the participant waits on the relation
 * manager's list "e-mailadres herstellen" until the address is changed. A temporary failure changes
 * nothing; the mail server tries again. The bounce intake has no caller, so this runs in the system
 * scope.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class BouncedAddresses {

  static final String AUDIT_ACTOR = "bounce-verwerking";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  /**
   * A bounce fired synchronously; its own transaction, so a problem here never undoes the intake of
   * the bounce mailbox.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void bounced(@Observes MailBounce bounce) {
    mark(bounce);
  }

  /** The same for a bounce fired with {@code fireAsync}, which synchronous observers never see. */
  public void bouncedAsync(@ObservesAsync MailBounce bounce) {
    mark(bounce);
  }

  private void mark(MailBounce bounce) {
    if (!bounce.permanent() || !EmailAddress.isValid(bounce.address())) {
      return;
    }
    Instant now = clock.instant();
    List<Participant> holders =
        em.createNamedQuery(Participant.WITH_EMAIL, Participant.class)
            .setParameter("email", EmailAddress.of(bounce.address()))
            .setParameter("gone", Participant.GONE)
            .getResultList();
    for (Participant participant : holders) {
      participant.markEmailBounced(bounce.diagnostic(), now);
      auditTrail.recordFor(
          AUDIT_ACTOR,
          participant.getScopeRegionId(),
          AuditAction.UPDATE,
          "Participant",
          participant.getId(),
          AuditResult.SUCCESS);
    }
    log.info(
        () -> "Permanent bounce marked the e-mail address of " + holders.size() + " participants");
  }
}

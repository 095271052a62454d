package nl.burgernet.participant.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.entity.RegistrationCard;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Paper registration cards that ended without a participant to follow (closed, or completed as a
 * registration of another municipality or one removed since) forget the applicant once the
 * retention period is over, as a participant who left is erased; the card stays for the counts. A
 * card that became a participant forgets the applicant with that participant ({@link
 * ParticipantErasure}). Claimed per card through the database like the participants, so instances
 * running at once forget and audit each card once.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class RegistrationCardErasure {

  private static final String AUDIT_OBJECT = "RegistrationCard";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private AuditTrail auditTrail;

  /** Forgets the applicants of the cards that ended before then that this instance claims. */
  public int forgetEndedBefore(Instant before, Instant now) {
    List<RegistrationCard> due =
        em.createNamedQuery(RegistrationCard.ENDED_UNLINKED_BEFORE, RegistrationCard.class)
            .setParameter("before", before)
            .setMaxResults(ParticipantErasure.BATCH)
            .getResultList();
    int count = 0;
    for (RegistrationCard card : due) {
      if (claim(card, before)) {
        card.forgetApplicant(now);
        auditTrail.recordFor(
            ParticipantErasure.ACTOR,
            card.getScopeRegionId(),
            AuditAction.DELETE,
            AUDIT_OBJECT,
            card.getId(),
            AuditResult.SUCCESS);
        count++;
      }
    }
    return count;
  }

  private boolean claim(RegistrationCard card, Instant before) {
    return !em.createNamedQuery(
            RegistrationCard.CLAIM_IF_ENDED_UNLINKED_BEFORE, RegistrationCard.class)
        .setParameter("id", card.getId())
        .setParameter("before", before)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .isEmpty();
  }
}

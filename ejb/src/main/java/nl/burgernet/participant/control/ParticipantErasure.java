package nl.burgernet.participant.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.boundary.ParticipantErased;
import nl.burgernet.participant.entity.ErasedParticipant;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.RegistrationCard;
import nl.burgernet.participant.entity.RejectedRegistration;
import nl.burgernet.participant.entity.UnsubscribeReason;
import nl.burgernet.participant.entity.Unsubscription;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Erases the personal data of participants who left, of registrations the relation manager
 * rejected, and of duplicates merged into another participant, once their retention period is over
 * (AVG: kept no longer than needed), and keeps an anonymous line for the reports ({@link
 * ErasedParticipant}, {@link RejectedRegistration}; a merged duplicate needs none, as the person is
 * counted through the participant it was merged into). The participant's row goes with its
 * channels, links and address changes; the free remark of the unsubscription is cleared (its reason
 * and municipality stay); the paper cards the participant was registered from forget the applicant;
 * other components forget the participant on {@link ParticipantErased}. Claimed per participant
 * through the database like {@link RegistrationExpiry}, so instances running at once erase and
 * count each one once. Registrations never confirmed are removed by {@link RegistrationExpiry} the
 * moment their link expires. Paper cards that became no participant to follow forget the applicant
 * after the same retention period ({@link RegistrationCardErasure}).
 */
@Stateless
@ScopeFiltered
@SystemScope
public class ParticipantErasure {

  /** Recorded as the actor in the audit trail: nobody in particular erases, the rule does. */
  public static final String ACTOR = "systeem";

  private static final String AUDIT_OBJECT = "Participant";

  /** Participants erased per run at most; the next run takes the rest. */
  static final int BATCH = 500;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Event<ParticipantErased> erased;

  @Inject private AuditTrail auditTrail;

  @Inject private RegistrationCardErasure cards;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Inject
  @ConfigProperty(name = "burgernet.participant.retention-days", defaultValue = "30")
  int retentionDays;

  /** How long a rejected registration stays, so the applicant can still ask why. */
  @Inject
  @ConfigProperty(name = "burgernet.participant.rejected-retention-days", defaultValue = "30")
  int rejectedRetentionDays;

  @Schedule(minute = "20", hour = "*", persistent = false, info = "participant erasure")
  void onSchedule() {
    int count = eraseDue();
    if (count > 0) {
      log.info(
          () ->
              "Erased the personal data of "
                  + count
                  + " unsubscribed, merged or rejected participants and ended registration"
                  + " cards");
    }
  }

  /**
   * Erases the participants who left, the merged duplicates, the rejected registrations and the
   * applicants of the ended registration cards past their retention period that this instance
   * claims; how many.
   */
  public int eraseDue() {
    Instant now = clock.instant();
    Instant ended = now.minus(Duration.ofDays(retentionDays));
    return eraseDue(ParticipantStatus.UNSUBSCRIBED, ended, now)
        + eraseDue(ParticipantStatus.MERGED, ended, now)
        + eraseDue(
            ParticipantStatus.REJECTED, now.minus(Duration.ofDays(rejectedRetentionDays)), now)
        + cards.forgetEndedBefore(ended, now);
  }

  private int eraseDue(ParticipantStatus status, Instant before, Instant now) {
    List<Participant> due =
        em.createNamedQuery(ErasedParticipant.DUE, Participant.class)
            .setParameter("status", status)
            .setParameter("before", before)
            .setMaxResults(BATCH)
            .getResultList();
    int count = 0;
    for (Participant participant : due) {
      if (claim(participant, status, before)) {
        erase(participant, status, before, now);
        count++;
      }
    }
    return count;
  }

  private void erase(
      Participant participant, ParticipantStatus status, Instant before, Instant now) {
    long id = participant.getId();
    // a merged duplicate leaves no line: the person takes part, and counts, as the one it went into
    if (status == ParticipantStatus.REJECTED) {
      em.persist(new RejectedRegistration(participant, now));
    } else if (status == ParticipantStatus.UNSUBSCRIBED) {
      em.persist(new ErasedParticipant(participant, reasonOf(participant), now));
      em.createNativeQuery(
              "UPDATE participant_unsubscription SET remark = NULL WHERE participant_id = ?")
          .setParameter(1, id)
          .executeUpdate();
    }
    em.createNamedQuery(RegistrationCard.OF_PARTICIPANT, RegistrationCard.class)
        .setParameter("participant", id)
        .getResultStream()
        .forEach(card -> card.forgetApplicant(now));
    erased.fire(new ParticipantErased(id));
    em.createNamedQuery(ErasedParticipant.DELETE_IF_DUE)
        .setParameter("id", id)
        .setParameter("status", status)
        .setParameter("before", before)
        .executeUpdate();
    auditTrail.recordFor(
        ACTOR,
        participant.getScopeRegionId(),
        AuditAction.DELETE,
        AUDIT_OBJECT,
        id,
        AuditResult.SUCCESS);
  }

  /** The reason given when the participant left last. */
  private UnsubscribeReason reasonOf(Participant participant) {
    List<Unsubscription> unsubscriptions =
        em.createNamedQuery(Unsubscription.OF_PARTICIPANT, Unsubscription.class)
            .setParameter("participant", participant)
            .getResultList();
    return unsubscriptions.isEmpty()
        ? null
        : unsubscriptions.get(unsubscriptions.size() - 1).getReason().orElse(null);
  }

  private boolean claim(Participant participant, ParticipantStatus status, Instant before) {
    return !em.createNamedQuery(ErasedParticipant.CLAIM_IF_DUE, Participant.class)
        .setParameter("id", participant.getId())
        .setParameter("status", status)
        .setParameter("before", before)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .isEmpty();
  }
}

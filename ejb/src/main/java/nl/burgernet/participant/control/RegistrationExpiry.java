package nl.burgernet.participant.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import nl.burgernet.participant.boundary.ParticipantErased;
import nl.burgernet.participant.entity.ExpiredRegistration;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Removes registrations whose confirmation link expired unused, with all their personal data, and
 * keeps an anonymous line for the reports ({@link ExpiredRegistration}). The timer is not
 * persistent and runs on every instance of a cluster, so each registration is claimed through the
 * database: the row is locked first (SELECT … FOR UPDATE, still awaiting, still overdue), so a
 * second instance waits and then finds nothing to claim, and only the claiming instance deletes it
 * and writes the anonymous line. Deleting without the lock let two instances take shared locks
 * through the delete of the channels and then deadlock on the row itself. Other components forget
 * the registration on {@link ParticipantErased}, as they do a participant erased after leaving (a
 * helpdesk ticket about a confirmation mail that never arrived forgets who asked).
 */
@Stateless
@ScopeFiltered
@SystemScope
public class RegistrationExpiry {

  /** Registrations removed per run at most; the next run takes the rest. */
  static final int BATCH = 500;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Event<ParticipantErased> erased;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Schedule(minute = "*/10", hour = "*", persistent = false, info = "registration expiry")
  void onSchedule() {
    int removed = removeOverdue();
    if (removed > 0) {
      log.info(() -> "Removed " + removed + " registrations that were not confirmed in time");
    }
  }

  /** Removes the overdue registrations this instance claims; returns how many. */
  public int removeOverdue() {
    Instant now = clock.instant();
    List<Participant> overdue =
        em.createNamedQuery(Participant.OVERDUE_CONFIRMATIONS, Participant.class)
            .setParameter("status", ParticipantStatus.AWAITING_CONFIRMATION)
            .setParameter("now", now)
            .setMaxResults(BATCH)
            .getResultList();
    int removed = 0;
    for (Participant registration : overdue) {
      if (claim(registration, now)) {
        ExpiredRegistration trace = new ExpiredRegistration(registration, now);
        erased.fire(new ParticipantErased(registration.getId()));
        em.createNamedQuery(Participant.DELETE_IF_OVERDUE)
            .setParameter("id", registration.getId())
            .setParameter("status", ParticipantStatus.AWAITING_CONFIRMATION)
            .setParameter("now", now)
            .executeUpdate();
        em.persist(trace);
        removed++;
      }
    }
    return removed;
  }

  private boolean claim(Participant registration, Instant now) {
    return !em.createNamedQuery(Participant.CLAIM_IF_OVERDUE, Participant.class)
        .setParameter("id", registration.getId())
        .setParameter("status", ParticipantStatus.AWAITING_CONFIRMATION)
        .setParameter("now", now)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .isEmpty();
  }
}

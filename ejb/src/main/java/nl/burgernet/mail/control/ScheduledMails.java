package nl.burgernet.mail.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Sends scheduled mails when their time comes. The schedule lives in the database (status and
 * {@code send_at}), so a restart loses nothing: the first run after it sends what fell due in
 * between. The timer is not persistent and runs on every instance; each mail is claimed with a row
 * lock (still scheduled, still due) in its own transaction, so a second instance waits, then finds
 * it sent and leaves it.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class ScheduledMails {

  /** The actor of a step the timer takes. */
  public static final String PLANNER = "planner";

  /** Mails claimed per run at most; the next run takes the rest. */
  static final int BATCH = 50;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ScheduledMails self;

  @Inject private MailDispatch dispatch;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "mail planner")
  void onSchedule() {
    for (Long id : dueIds()) {
      try {
        self.sendIfDue(id);
      } catch (RuntimeException e) {
        // one mail that cannot go (its municipality gone, say) does not hold up the others
        log.log(Level.WARNING, "Scheduled mail " + id + " could not be handed over", e);
      }
    }
  }

  List<Long> dueIds() {
    return em.createNamedQuery(BurgernetMail.DUE, Long.class)
        .setParameter("status", MailStatus.SCHEDULED)
        .setParameter("now", clock.instant())
        .setMaxResults(BATCH)
        .getResultList();
  }

  /** Hands the mail over if this instance claims it; returns whether it did. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendIfDue(long id) {
    Instant now = clock.instant();
    List<BurgernetMail> claimed =
        em.createNamedQuery(BurgernetMail.CLAIM_IF_DUE, BurgernetMail.class)
            .setParameter("id", id)
            .setParameter("status", MailStatus.SCHEDULED)
            .setParameter("now", now)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (claimed.isEmpty()) {
      return false;
    }
    dispatch.handOver(claimed.get(0), PLANNER, now);
    log.info(() -> "Scheduled mail " + id + " handed to the delivery pipeline");
    return true;
  }
}

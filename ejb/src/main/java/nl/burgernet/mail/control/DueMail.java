package nl.burgernet.mail.control;

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
import java.util.logging.Logger;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Claims one planned mail and hands it over, in a transaction of its own: the row is locked while
 * it is still planned and due, so of two instances one sends it and the other, after waiting for
 * the lock, finds it sent and leaves it.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class DueMail {

  /** The actor of a step the planner takes. */
  public static final String PLANNER = "planner";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MailDispatch dispatch;

  @Inject private Clock clock;

  @Inject private Logger log;

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
    log.info(() -> "Planned mail " + id + " handed to the delivery pipeline");
    return true;
  }
}

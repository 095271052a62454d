package nl.burgernet.platform.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.burgernet.platform.entity.InstantConverter;

/**
 * Claims work that must run on one instance at a time through the database ({@code job_claim}), not
 * through an in-memory flag, since every instance of a cluster runs the same timers. A claim is a
 * lease: it lapses by itself when its instance dies, so a crash blocks the job for one lease at
 * most. Each call commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobClaims {

  /**
   * This JVM, as the claim records it: process, host and start time. Not this deployment: a
   * redeploy that cut a run short takes its claim over at once instead of waiting out the lease,
   * while a restarted server (a new start time, even with the same process id) does not.
   */
  static final String INSTANCE =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + ManagementFactory.getRuntimeMXBean().getStartTime();

  private static final InstantConverter TIME = new InstantConverter();

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  /** Whether this instance holds the job now, for the lease from now on. */
  public boolean claim(String job, Duration lease) {
    Instant now = clock.instant();
    return em.createNativeQuery(
                "UPDATE job_claim SET claimed_by = ?1, claimed_until = ?2 WHERE job = ?3"
                    + " AND (claimed_until IS NULL OR claimed_until < ?4 OR claimed_by = ?1)")
            .setParameter(1, INSTANCE)
            .setParameter(2, TIME.convertToDatabaseColumn(now.plus(lease)))
            .setParameter(3, job)
            .setParameter(4, TIME.convertToDatabaseColumn(now))
            .executeUpdate()
        == 1;
  }

  /** The job ran: the claim is given up and the run noted. */
  public void release(String job) {
    em.createNativeQuery(
            "UPDATE job_claim SET claimed_until = NULL, last_run_at = ?1"
                + " WHERE job = ?2 AND claimed_by = ?3")
        .setParameter(1, TIME.convertToDatabaseColumn(clock.instant()))
        .setParameter(2, job)
        .setParameter(3, INSTANCE)
        .executeUpdate();
  }
}

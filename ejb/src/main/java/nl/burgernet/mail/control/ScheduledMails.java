package nl.burgernet.mail.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Sends planned mails when their time comes. The plan lives in the store (status and {@code
 * send_at}), so a restart loses nothing: the first run after it sends what fell due in between. The
 * timer is not persistent and runs on every instance; {@link DueMail} claims each mail through the
 * database. A singleton that depends on the migration, so its first run waits for the schema, and
 * one run at a time per instance.
 */
@Singleton
@DependsOn("DatabaseMigration")
@ScopeFiltered
@SystemScope
public class ScheduledMails {

  /** Mails claimed per run at most; the next run takes the rest. */
  static final int BATCH = 50;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private DueMail dueMail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "mail planner")
  void onSchedule() {
    for (Long id : dueIds()) {
      try {
        dueMail.sendIfDue(id);
      } catch (RuntimeException e) {
        // one mail that cannot go does not hold up the others; it is tried again next run
        log.log(Level.WARNING, "Planned mail " + id + " could not be handed over", e);
      }
    }
  }

  private List<Long> dueIds() {
    return em.createNamedQuery(BurgernetMail.DUE, Long.class)
        .setParameter("status", MailStatus.SCHEDULED)
        .setParameter("now", clock.instant())
        .setMaxResults(BATCH)
        .getResultList();
  }
}

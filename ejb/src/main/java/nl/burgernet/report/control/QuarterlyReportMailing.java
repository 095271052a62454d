package nl.burgernet.report.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.platform.control.JobClaims;
import nl.burgernet.report.entity.MarapSubscription;
import nl.burgernet.report.entity.Quarter;

/**
 * Mails the subscribed staff their quarter's report after it ends: every morning in the two weeks
 * after a quarter (seed 000: "within two weeks after the end of the period"), to those not mailed
 * yet, so a day the server was down is made up the next. One instance mails at a time.
 */
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuarterlyReportMailing {

  static final String JOB = "marap-quarterly-mailing";

  /** How long after a quarter its report is still mailed to whoever did not get it yet. */
  static final Duration MAILING_PERIOD = Duration.ofDays(14);

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private JobClaims claims;

  @Inject private QuarterlyReportMails mails;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Schedule(hour = "7", minute = "0", timezone = "Europe/Amsterdam", persistent = false)
  void everyMorning() {
    LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
    Quarter quarter = Quarter.lastEndedBefore(today);
    if (today.isAfter(quarter.endsBefore().plus(MAILING_PERIOD))) {
      return;
    }
    if (!claims.claim(JOB, Duration.ofMinutes(30))) {
      return;
    }
    try {
      mailNow(quarter);
    } finally {
      claims.release(JOB);
    }
  }

  /** Mails the quarter's report to every subscriber who did not get it yet; returns how many. */
  public int mailNow(Quarter quarter) {
    List<Long> waiting =
        em.createNamedQuery(MarapSubscription.NOT_MAILED, Long.class)
            .setParameter("quarter", quarter.toString())
            .getResultList();
    int mailed = 0;
    for (Long staffAccountId : waiting) {
      try {
        mailed += mails.mail(staffAccountId, quarter) ? 1 : 0;
      } catch (RuntimeException e) {
        // one bad address does not keep the others from their report; tomorrow tries again
        log.log(Level.WARNING, "MARAP report not mailed to staff account " + staffAccountId, e);
      }
    }
    return mailed;
  }
}

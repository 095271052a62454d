package nl.burgernet.report.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.platform.control.JobClaims;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the MARAP's figures (participant base, actions, Burgernetmail) current: counts them shortly
 * after start and then every {@code burgernet.marap.interval} seconds. The figures live in the
 * store, so a restart shows the last count until the next; the run is claimed in the database, so
 * one instance of a cluster counts at a time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MarapFigureRefresh {

  static final String JOB = "marap-figures";

  private static final Duration FIRST_RUN = Duration.ofSeconds(20);

  @Inject
  @ConfigProperty(name = "burgernet.marap.interval", defaultValue = "600")
  private long intervalSeconds;

  @Inject private JobClaims claims;

  @Inject private ParticipantFigureCounter participants;

  @Inject private PostcodeAreaCounter postcodeAreas;

  @Inject private ActionFigureCounter actions;

  @Inject private MailFigureCounter mails;

  @Inject private MarapMonths months;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Resource private TimerService timers;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        FIRST_RUN.toMillis(),
        Duration.ofSeconds(Math.max(10, intervalSeconds)).toMillis(),
        new TimerConfig(JOB, false));
  }

  @Timeout
  void onTimer() {
    // a count of a large base takes seconds; the lease outlasts it and lapses if we die
    if (!claims.claim(JOB, Duration.ofSeconds(Math.max(300, 2 * intervalSeconds)))) {
      return;
    }
    try {
      countNow();
    } catch (RuntimeException e) {
      log.log(Level.WARNING, "MARAP figures not counted; the next run tries again", e);
    } finally {
      claims.release(JOB);
    }
  }

  /** Counts every figure now; the functional administrator's "count now" and the tests use it. */
  public Instant countNow() {
    Instant now = clock.instant();
    participants.countBase(now);
    postcodeAreas.count(now);
    for (YearMonth month : months.toCount(now)) {
      participants.countMonth(month, now);
      actions.countMonth(month, now);
      months.counted(month, now);
    }
    mails.count(now);
    return now;
  }
}

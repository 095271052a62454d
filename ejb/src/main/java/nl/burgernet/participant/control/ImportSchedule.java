package nl.burgernet.participant.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts uploaded imports and takes over those whose runner died (a restart): every two seconds on
 * every instance, each import claimed through the database by one of them. The timer is not
 * persistent (STACK-NOTES: Micro keeps persistent timers in Hazelcast); the work to do is in the
 * store. A singleton that waits for the migration, and one run at a time per instance.
 */
@Singleton
@DependsOn("DatabaseMigration")
public class ImportSchedule {

  @Inject private ImportJobs jobs;

  @Inject private ImportRunner runner;

  @Inject private Logger log;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "imports")
  void onSchedule() {
    for (Long id : jobs.waiting()) {
      try {
        runner.runIfFree(id);
      } catch (RuntimeException e) {
        log.log(Level.WARNING, "Import " + id + " could not be started", e);
      }
    }
  }
}

package nl.burgernet.systemtest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Payara Micro processes this test JVM started. Arquillian stops one by sending it a SIGTERM
 * and does not wait; once the database and broker are gone, Micro's shutdown takes minutes at full
 * CPU, long after the test run ended, and slows whatever runs next. So the run stops them itself
 * while the peers are still up.
 */
final class MicroProcesses {

  private static final Duration SHUTDOWN = Duration.ofSeconds(60);

  private MicroProcesses() {}

  /** Asks every Micro still running to stop, waits for it, and ends it if it does not. */
  static void stopAll() {
    List<ProcessHandle> micros =
        ProcessHandle.current().children().filter(MicroProcesses::isMicro).toList();
    micros.forEach(ProcessHandle::destroy);
    micros.forEach(MicroProcesses::awaitEnd);
  }

  private static boolean isMicro(ProcessHandle process) {
    return process.info().commandLine().filter(line -> line.contains("payara-micro")).isPresent();
  }

  private static void awaitEnd(ProcessHandle micro) {
    try {
      micro.onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      micro.destroyForcibly();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      micro.destroyForcibly();
    }
  }
}

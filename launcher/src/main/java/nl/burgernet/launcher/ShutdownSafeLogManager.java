package nl.burgernet.launcher;

import java.util.logging.LogManager;

/**
 * A {@link LogManager} that keeps its handlers during JVM shutdown.
 *
 * <p>The JDK's LogManager resets itself from a shutdown hook of its own, which runs at the same
 * time as the launcher's hook: without this class the lines that say Micro and the peers were
 * stopped, or why they were not, are lost. Installed through the {@code java.util.logging.manager}
 * system property before anything logs.
 */
public final class ShutdownSafeLogManager extends LogManager {

  @Override
  public void reset() {
    if (!shutdownInProgress()) {
      super.reset();
    }
  }

  private static boolean shutdownInProgress() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }
}

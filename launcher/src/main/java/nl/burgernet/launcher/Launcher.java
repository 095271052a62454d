package nl.burgernet.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import nl.burgernet.localpeers.LocalPeers;

/**
 * Runs Burgernet on this machine with nothing installed by hand: starts the local peers (MariaDB,
 * Artemis, GreenMail), then Payara Micro with the portal, waits until it answers and prints where
 * to find everything. Ctrl-C or SIGTERM stops Micro and then the peers; if Micro dies on its own,
 * the peers are stopped and the launcher exits non-zero.
 *
 * <p>Settings come from the environment (see {@link LauncherSettings}); command-line arguments are
 * passed on to Payara Micro.
 */
public final class Launcher {

  static {
    // must come before the first logger is created; see ShutdownSafeLogManager
    System.setProperty("java.util.logging.manager", ShutdownSafeLogManager.class.getName());
  }

  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
  private static final int SIGINT_EXIT = 130;
  private static final int SIGTERM_EXIT = 143;

  private final LauncherSettings settings;
  private LocalPeers peers;
  private PayaraMicroProcess micro;
  private volatile boolean stopping;

  private Launcher(LauncherSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    configureLogging();
    int exitCode;
    try {
      LauncherSettings settings =
          LauncherSettings.fromEnvironment(System.getenv(), defaultRuntimeDir());
      exitCode = new Launcher(settings).run(Arrays.asList(args));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Burgernet could not start: " + e.getMessage(), e);
      exitCode = 1;
    }
    System.exit(exitCode);
  }

  private int run(List<String> microOptions) {
    requireFreePort(settings.httpPort(), "BURGERNET_HTTP_PORT");
    // registered before anything starts, so Ctrl-C during start-up also cleans up
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "burgernet-launcher-stop"));

    start(() -> peers = LocalPeers.start(settings.peers()));
    start(
        () ->
            micro =
                PayaraMicroProcess.start(
                    settings.runtimeDir(),
                    settings.httpPort(),
                    microEnvironment(),
                    microOptions,
                    ProcessBuilder.Redirect.INHERIT));
    try {
      if (micro.awaitReady()) {
        Banner.print(System.out, settings, peers);
      }
      int microExit = micro.waitForExit();
      if (stopping) {
        return 0;
      }
      if (microExit == SIGINT_EXIT || microExit == SIGTERM_EXIT) {
        // Ctrl-C reaches Micro too, and it may exit before our shutdown hook has begun
        LOG.info("Payara Micro was stopped by a signal; stopping the peers");
      } else {
        LOG.severe(() -> "Payara Micro exited with code " + microExit + "; stopping the peers");
      }
      stop();
      return microExit == 0 ? 1 : microExit;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      return 1;
    }
  }

  /** Runs a start step unless a shutdown has begun meanwhile (Ctrl-C during start-up). */
  private synchronized void start(Runnable step) {
    if (stopping) {
      throw new IllegalStateException("stopped during start-up");
    }
    step.run();
  }

  /** Idempotent: called by the shutdown hook and when Micro died on its own. */
  private synchronized void stop() {
    stopping = true;
    if (micro != null) {
      micro.stop();
    }
    if (peers != null) {
      peers.close();
      peers = null;
      LOG.info("Local peers stopped; data kept in " + settings.peers().dataDir());
    }
  }

  /**
   * The launcher's own environment plus what points the application at the local peers. Demo data
   * is switched on: this is the "try it out" run.
   */
  private Map<String, String> microEnvironment() {
    Map<String, String> env = new LinkedHashMap<>(peers.environment());
    env.put("BURGERNET_DEMO_DATA", "true");
    env.put("BURGERNET_PUBLIC_BASE_URL", settings.publicBaseUrl());
    return env;
  }

  /** Fails early with a clear message instead of a bind error deep in Micro's log. */
  private static void requireFreePort(int port, String setting) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
      LOG.fine(() -> "port " + probe.getLocalPort() + " is free");
    } catch (IOException e) {
      throw new IllegalStateException(
          "port "
              + port
              + " is in use (is Burgernet already running?); choose another with "
              + setting);
    }
  }

  private static Path defaultRuntimeDir() {
    try {
      Path jar =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getParent().resolve("runtime");
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the launcher jar", e);
    }
  }

  /** Quiet, one-line logging unless the user brought a configuration of their own. */
  private static void configureLogging() {
    if (System.getProperty("java.util.logging.config.file") != null) {
      return;
    }
    try (InputStream config = Launcher.class.getResourceAsStream("/launcher-logging.properties")) {
      if (config != null) {
        LogManager.getLogManager().readConfiguration(config);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read launcher-logging.properties", e);
    }
  }
}

package nl.burgernet.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.burgernet.localpeers.LocalPeers;
import nl.burgernet.localpeers.LocalPeersSettings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh database, broker and mail server once for the whole test run, before Arquillian
 * starts Payara Micro, and tells Micro where they are. Every run gets new data directories and free
 * ports, so runs never see each other's data.
 */
public class LocalPeersForTests implements LauncherSessionListener {

  private static LocalPeers peers;

  /** The peers of this run, for tests that look at what the application sent or stored. */
  public static LocalPeers peers() {
    if (peers == null) {
      throw new IllegalStateException("local peers start with the test run");
    }
    return peers;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (peers != null || System.getProperty("burgernet.peers.dir") == null) {
      return;
    }
    Path dataDir =
        Path.of(System.getProperty("burgernet.peers.dir"), "run-" + System.currentTimeMillis());
    peers = LocalPeers.start(LocalPeersSettings.withFreePorts(dataDir));
    System.setProperty("payara.cmdOptions", microJvmOptions(peers.environment()));
    System.setProperty(
        "payara.extraMicroOptions", "--postbootcommandfile " + resourceAdapterDeployment(dataDir));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (peers != null) {
      MicroProcesses.stopAll();
      peers.close();
      peers = null;
    }
  }

  /**
   * Arquillian names its --deploy first, but the application needs the resource adapter already
   * deployed; Micro runs post-boot commands before its --deploy archives.
   */
  private static Path resourceAdapterDeployment(Path dataDir) {
    try {
      return Files.writeString(
          dataDir.resolve("postboot.asadmin"),
          "deploy " + Path.of(System.getProperty("burgernet.rar")).toAbsolutePath() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Micro inherits this JVM's environment, which cannot be changed here, so the settings go in as
   * system properties, which MicroProfile Config reads before the environment.
   */
  private static String microJvmOptions(Map<String, String> environment) {
    String settings =
        environment.entrySet().stream()
            .map(e -> "-D" + propertyName(e.getKey()) + "=" + e.getValue())
            .collect(Collectors.joining(" "));
    // the benchmarks point the application elsewhere (a mail sink, higher rates); the last wins
    // Micro unpacks itself into a new temporary folder at every start and leaves it behind: the
    // test JVM's, which the build points into target/, so a clean build removes them
    return "-Xmx768m -Dburgernet.demo-data=true -Djava.io.tmpdir="
        + System.getProperty("java.io.tmpdir")
        + " "
        + settings
        + " "
        + System.getProperty("burgernet.micro.options", "");
  }

  /** BURGERNET_DB_URL becomes burgernet.db.url: right for every key LocalPeers sets. */
  private static String propertyName(String environmentVariable) {
    return environmentVariable.toLowerCase(Locale.ROOT).replace('_', '.');
  }
}

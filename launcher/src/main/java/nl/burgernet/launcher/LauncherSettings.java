package nl.burgernet.launcher;

import java.nio.file.Path;
import java.util.Map;
import nl.burgernet.localpeers.LocalPeersSettings;

/**
 * What the launcher reads from its environment. Every setting has the embedded default of the
 * README's configuration table, so a plain run needs none of them.
 *
 * <ul>
 *   <li>{@code BURGERNET_DATA_DIR} – data of database and broker (default {@code ./data})
 *   <li>{@code BURGERNET_HTTP_PORT} – Payara Micro's HTTP port (8080)
 *   <li>{@code BURGERNET_LOCAL_DB_PORT} (3307), {@code BURGERNET_LOCAL_BROKER_PORT} (61616), {@code
 *       BURGERNET_LOCAL_SMTP_PORT} (2525), {@code BURGERNET_LOCAL_IMAP_PORT} (3143), {@code
 *       BURGERNET_LOCAL_MAIL_WEB_PORT} (8025) – ports of the local peers. Named apart from the
 *       contract's BURGERNET_BROKER_PORT etc., which tell the application where to connect and
 *       which the launcher sets itself.
 *   <li>{@code BURGERNET_RUNTIME_DIR} – folder with payara-micro.jar, burgernet.war and
 *       artemis-ra.rar (default: {@code runtime/} next to the launcher jar)
 * </ul>
 */
record LauncherSettings(
    LocalPeersSettings peers, int httpPort, Path runtimeDir, String publicBaseUrl) {

  static final int DEFAULT_HTTP_PORT = 8080;

  static LauncherSettings fromEnvironment(Map<String, String> env, Path defaultRuntimeDir) {
    Path dataDir = Path.of(env.getOrDefault("BURGERNET_DATA_DIR", "data"));
    LocalPeersSettings peers =
        new LocalPeersSettings(
            dataDir,
            port(env, "BURGERNET_LOCAL_DB_PORT", LocalPeersSettings.DEFAULT_DATABASE_PORT),
            port(env, "BURGERNET_LOCAL_BROKER_PORT", LocalPeersSettings.DEFAULT_BROKER_PORT),
            port(env, "BURGERNET_LOCAL_SMTP_PORT", LocalPeersSettings.DEFAULT_SMTP_PORT),
            port(env, "BURGERNET_LOCAL_IMAP_PORT", LocalPeersSettings.DEFAULT_IMAP_PORT),
            port(env, "BURGERNET_LOCAL_MAIL_WEB_PORT", LocalPeersSettings.DEFAULT_MAIL_WEB_PORT));
    int httpPort = port(env, "BURGERNET_HTTP_PORT", DEFAULT_HTTP_PORT);
    Path runtimeDir =
        env.containsKey("BURGERNET_RUNTIME_DIR")
            ? Path.of(env.get("BURGERNET_RUNTIME_DIR"))
            : defaultRuntimeDir;
    // a value set by the user wins, e.g. when the portal is reached through a proxy
    String publicBaseUrl =
        env.getOrDefault("BURGERNET_PUBLIC_BASE_URL", "http://localhost:" + httpPort);
    return new LauncherSettings(
        peers, httpPort, runtimeDir.toAbsolutePath().normalize(), publicBaseUrl);
  }

  String localUrl() {
    return "http://localhost:" + httpPort + "/";
  }

  private static int port(Map<String, String> env, String name, int defaultPort) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return defaultPort;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number 1..65535, was: " + value);
    }
  }
}

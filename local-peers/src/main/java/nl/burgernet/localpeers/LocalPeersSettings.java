package nl.burgernet.localpeers;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the local peers keep their data and on which ports they listen.
 *
 * <p>A port of 0 means "pick a free port", which lets tests run next to a launcher that holds the
 * default ports. The data directory gets one sub-directory per peer ({@code db/}, {@code broker/},
 * {@code push/} for the VAPID keys); mail, SMS, pushes and calls are kept in memory only.
 *
 * @param dataDir root of the peers' data, kept across restarts
 * @param databasePort MariaDB port
 * @param brokerPort Artemis netty acceptor port
 * @param smtpPort GreenMail SMTP port
 * @param imapPort GreenMail IMAP port
 * @param mailWebPort port of the web page that lists received mail
 * @param smscPort SMPP port of the local SMSC
 * @param pushPort HTTP port of the local push receiver
 * @param voicePort HTTP port of the local voice endpoint
 * @param viewPort HTTP port of the JSON view of what the peers received (for the staff page)
 */
public record LocalPeersSettings(
    Path dataDir,
    int databasePort,
    int brokerPort,
    int smtpPort,
    int imapPort,
    int mailWebPort,
    int smscPort,
    int pushPort,
    int voicePort,
    int viewPort) {

  /** Default ports of the embedded run, from the README's configuration table. */
  public static final int DEFAULT_DATABASE_PORT = 3307;

  public static final int DEFAULT_BROKER_PORT = 61616;
  public static final int DEFAULT_SMTP_PORT = 2525;
  public static final int DEFAULT_IMAP_PORT = 3143;
  public static final int DEFAULT_MAIL_WEB_PORT = 8025;
  public static final int DEFAULT_SMSC_PORT = 2775;
  public static final int DEFAULT_PUSH_PORT = 8091;
  public static final int DEFAULT_VOICE_PORT = 8092;
  public static final int DEFAULT_VIEW_PORT = 8093;

  public LocalPeersSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    dataDir = dataDir.toAbsolutePath().normalize();
    requirePort(databasePort, "databasePort");
    requirePort(brokerPort, "brokerPort");
    requirePort(smtpPort, "smtpPort");
    requirePort(imapPort, "imapPort");
    requirePort(mailWebPort, "mailWebPort");
    requirePort(smscPort, "smscPort");
    requirePort(pushPort, "pushPort");
    requirePort(voicePort, "voicePort");
    requirePort(viewPort, "viewPort");
  }

  /**
   * The ports of the peers that existed before the SMSC; the SMSC, push receiver, voice endpoint
   * and view get their default ports.
   */
  public LocalPeersSettings(
      Path dataDir, int databasePort, int brokerPort, int smtpPort, int imapPort, int mailWebPort) {
    this(
        dataDir,
        databasePort,
        brokerPort,
        smtpPort,
        imapPort,
        mailWebPort,
        DEFAULT_SMSC_PORT,
        DEFAULT_PUSH_PORT,
        DEFAULT_VOICE_PORT,
        DEFAULT_VIEW_PORT);
  }

  /** The fixed ports of the configuration contract, as the launcher uses them. */
  public static LocalPeersSettings withDefaultPorts(Path dataDir) {
    return new LocalPeersSettings(
        dataDir,
        DEFAULT_DATABASE_PORT,
        DEFAULT_BROKER_PORT,
        DEFAULT_SMTP_PORT,
        DEFAULT_IMAP_PORT,
        DEFAULT_MAIL_WEB_PORT,
        DEFAULT_SMSC_PORT,
        DEFAULT_PUSH_PORT,
        DEFAULT_VOICE_PORT,
        DEFAULT_VIEW_PORT);
  }

  /** Free ports everywhere, so tests never clash with a running launcher or each other. */
  public static LocalPeersSettings withFreePorts(Path dataDir) {
    return new LocalPeersSettings(dataDir, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  public Path databaseDir() {
    return dataDir.resolve("db");
  }

  public Path brokerDir() {
    return dataDir.resolve("broker");
  }

  /** Where the VAPID keys of the embedded run are kept. */
  public Path pushDir() {
    return dataDir.resolve("push");
  }

  private static void requirePort(int port, String name) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(name + " must be 0..65535, was " + port);
    }
  }
}

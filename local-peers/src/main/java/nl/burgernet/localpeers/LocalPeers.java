package nl.burgernet.localpeers;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The database, broker, mail server, SMS centre, push receiver and voice endpoint the application
 * talks to, started together on this machine for the embedded run and the integration tests, and a
 * JSON view of what they received for the application's staff page.
 *
 * <pre>{@code
 * try (LocalPeers peers = LocalPeers.start(LocalPeersSettings.withFreePorts(dir))) {
 *   processBuilder.environment().putAll(peers.environment());
 * }
 * }</pre>
 */
public final class LocalPeers implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalPeers.class.getName());

  private final LocalPeersSettings settings;
  private final LocalDatabase database;
  private final LocalBroker broker;
  private final LocalMailServer mailServer;
  private final LocalSmsc smsc;
  private final LocalVapidKeys vapidKeys;
  private final LocalPushService pushService;
  private final LocalVoiceProvider voice;
  private final LocalPeersView view;
  private Duration startupTime = Duration.ZERO;

  private LocalPeers(LocalPeersSettings settings) {
    this.settings = settings;
    this.database = new LocalDatabase(settings.databaseDir(), settings.databasePort());
    this.broker = new LocalBroker(settings.brokerDir(), settings.brokerPort());
    this.mailServer =
        new LocalMailServer(settings.smtpPort(), settings.imapPort(), settings.mailWebPort());
    this.smsc = new LocalSmsc(settings.smscPort());
    this.vapidKeys = LocalVapidKeys.loadOrCreate(settings.pushDir());
    this.pushService = new LocalPushService(settings.pushPort(), vapidKeys.publicKey());
    this.voice = new LocalVoiceProvider(settings.voicePort());
    this.view = new LocalPeersView(this);
  }

  /**
   * Starts all peers; if one fails, the ones already running are stopped again before the exception
   * is thrown.
   */
  public static LocalPeers start(LocalPeersSettings settings) {
    LocalPeers peers = new LocalPeers(Objects.requireNonNull(settings, "settings"));
    long started = System.nanoTime();
    try {
      // the fast ones first, so a port clash is reported before the slow database start
      peers.mailServer.start();
      peers.smsc.start();
      peers.pushService.start();
      peers.voice.start();
      peers.view.start(settings.viewPort());
      peers.broker.start();
      peers.database.start();
    } catch (RuntimeException e) {
      peers.close();
      throw e;
    }
    peers.startupTime = Duration.ofNanos(System.nanoTime() - started);
    LOG.info(() -> "Local peers ready in " + peers.startupTime.toMillis() + " ms");
    return peers;
  }

  /**
   * The environment variables (see the README's configuration table) that point the application at
   * these peers. SMTP needs no credentials; the SMSC checks its system id and password.
   */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    // the store keeps every time in UTC; batched inserts for the bulk writes
    env.put(
        "BURGERNET_DB_URL",
        database.jdbcUrl()
            + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&rewriteBatchedStatements=true");
    env.put("BURGERNET_DB_USER", LocalDatabase.USER);
    env.put("BURGERNET_DB_PASSWORD", LocalDatabase.PASSWORD);
    env.put("BURGERNET_BROKER_HOST", "127.0.0.1");
    env.put("BURGERNET_BROKER_PORT", String.valueOf(broker.port()));
    // the local broker checks no credentials, but the application always presents some
    env.put("BURGERNET_BROKER_USER", "burgernet");
    env.put("BURGERNET_BROKER_PASSWORD", "burgernet");
    env.put("BURGERNET_SMTP_HOST", "127.0.0.1");
    env.put("BURGERNET_SMTP_PORT", String.valueOf(mailServer.smtpPort()));
    env.put("BURGERNET_SMTP_STARTTLS", "false");
    // bounces come back to a mailbox on the same server, read over IMAP (any password will do)
    env.put("BURGERNET_BOUNCE_ADDRESS", LocalMailServer.BOUNCE_ADDRESS);
    env.put("BURGERNET_BOUNCE_IMAP_HOST", "127.0.0.1");
    env.put("BURGERNET_BOUNCE_IMAP_PORT", String.valueOf(mailServer.imapPort()));
    env.put("BURGERNET_BOUNCE_IMAP_SSL", "false");
    env.put("BURGERNET_BOUNCE_IMAP_USER", LocalMailServer.BOUNCE_ADDRESS);
    env.put("BURGERNET_BOUNCE_IMAP_PASSWORD", "lokaal");
    env.put("BURGERNET_BOUNCE_INTERVAL", "2");
    env.put("BURGERNET_SMPP_HOST", "127.0.0.1");
    env.put("BURGERNET_SMPP_PORT", String.valueOf(smsc.port()));
    env.put("BURGERNET_SMPP_SYSTEM_ID", smsc.systemId());
    env.put("BURGERNET_SMPP_PASSWORD", smsc.password());
    env.put("BURGERNET_PUSH_VAPID_PUBLIC", vapidKeys.publicKey());
    env.put("BURGERNET_PUSH_VAPID_PRIVATE", vapidKeys.privateKey());
    env.put("BURGERNET_PUSH_SUBJECT", "mailto:beheer@burgernet.test");
    // the local push receiver speaks plain http on 127.0.0.1; real push services use https
    env.put("BURGERNET_PUSH_HTTP_ENDPOINTS", "true");
    // partners' webhook receivers of the embedded run and the tests are plain http on 127.0.0.1
    env.put("BURGERNET_WEBHOOK_HTTP_ENDPOINTS", "true");
    // a local partner that may post CAP alerts (a demo credential, like the demo logins); alerts
    // drawn only on the map go to the control room of Rotterdam-Rijnmond, the demo operator's
    env.put("BURGERNET_CAP_INCOMING_TOKEN", "lokale-cap-partner");
    env.put("BURGERNET_CAP_INCOMING_SENDERS", "amber-alert@politie.nl");
    env.put("BURGERNET_CAP_INCOMING_REGION", "ROTTERDAM_RIJNMOND");
    env.put("BURGERNET_VOICE_URL", voice.url());
    // the flag of the staff page that shows what the peers received: set only here
    env.put("BURGERNET_LOCAL_PEERS_URL", view.url());
    return Collections.unmodifiableMap(env);
  }

  /** Stops every peer (the reverse of start); data directories are kept. */
  @Override
  public void close() {
    database.stop();
    broker.stop();
    view.stop();
    voice.stop();
    pushService.stop();
    smsc.stop();
    mailServer.stop();
  }

  public LocalPeersSettings settings() {
    return settings;
  }

  public LocalDatabase database() {
    return database;
  }

  public LocalBroker broker() {
    return broker;
  }

  public LocalMailServer mailServer() {
    return mailServer;
  }

  public LocalSmsc smsc() {
    return smsc;
  }

  public LocalPushService pushService() {
    return pushService;
  }

  public LocalVoiceProvider voice() {
    return voice;
  }

  public Duration startupTime() {
    return startupTime;
  }
}

package nl.burgernet.localpeers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.logging.Logger;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * An embedded ActiveMQ Artemis broker with a persistent journal, reachable on 127.0.0.1 over the
 * core protocol (netty), as the application's resource adapter expects it.
 *
 * <p>Redelivery, dead-letter and expiry settings come from {@value #BROKER_XML}, the one place
 * where they are defined (docker/broker.xml copies them).
 */
public final class LocalBroker implements AutoCloseable {

  /** Classpath resource in broker.xml format with the settings shared with production. */
  public static final String BROKER_XML = "nl/burgernet/localpeers/local-broker.xml";

  public static final String DEAD_LETTER_QUEUE = "DLQ";
  public static final String EXPIRY_QUEUE = "ExpiryQueue";

  private static final Logger LOG = Logger.getLogger(LocalBroker.class.getName());

  private final Path dataDir;
  private final int requestedPort;

  private EmbeddedActiveMQ broker;
  private int port;
  private Duration startupTime = Duration.ZERO;

  /**
   * @param dataDir where the journal, bindings, paging and large messages are kept
   * @param port netty acceptor port on 127.0.0.1, 0 for a free one
   */
  public LocalBroker(Path dataDir, int port) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
    this.requestedPort = port;
  }

  public synchronized void start() {
    if (broker != null) {
      throw new IllegalStateException("broker already started");
    }
    long started = System.nanoTime();
    if (port == 0) {
      // chosen once: a restarted broker must be found where its clients knew it
      port = FreePort.resolve(requestedPort);
    }
    EmbeddedActiveMQ embedded = new EmbeddedActiveMQ().setConfiguration(configuration());
    try {
      embedded.start();
    } catch (Exception e) {
      stopQuietly(embedded);
      throw new IllegalStateException("Artemis did not start on port " + port, e);
    }
    broker = embedded;
    startupTime = Duration.ofNanos(System.nanoTime() - started);
    LOG.info(
        () ->
            "Artemis ready on "
                + url()
                + " in "
                + startupTime.toMillis()
                + " ms, journal in "
                + dataDir);
  }

  /** Stops the broker; the journal stays, so durable messages are there on the next start. */
  public synchronized void stop() {
    if (broker != null) {
      stopQuietly(broker);
      broker = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return port;
  }

  /** Core protocol URL, e.g. for {@code ActiveMQConnectionFactory}. */
  public String url() {
    return "tcp://127.0.0.1:" + port;
  }

  public Duration startupTime() {
    return startupTime;
  }

  /** The running server, for tests that inspect queues or address settings. */
  public synchronized ActiveMQServer server() {
    if (broker == null) {
      throw new IllegalStateException("broker not started");
    }
    return broker.getActiveMQServer();
  }

  private Configuration configuration() {
    FileConfiguration configuration = new FileConfiguration();
    try {
      FileDeploymentManager deployment = new FileDeploymentManager(BROKER_XML);
      deployment.addDeployable(configuration);
      deployment.readConfiguration();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + BROKER_XML, e);
    }
    // the XML sits inside a jar: nothing to watch for hot reloading (Artemis warns otherwise)
    configuration.setConfigurationUrl(null);
    // what differs per run is set here, the shared policy stays in the XML
    configuration.setJournalDirectory(dataDir.resolve("journal").toString());
    configuration.setBindingsDirectory(dataDir.resolve("bindings").toString());
    configuration.setPagingDirectory(dataDir.resolve("paging").toString());
    configuration.setLargeMessagesDirectory(dataDir.resolve("large-messages").toString());
    configuration.setNodeManagerLockDirectory(dataDir.toString());
    configuration.getAcceptorConfigurations().clear();
    try {
      configuration.addAcceptorConfiguration("netty", url());
    } catch (Exception e) {
      throw new IllegalStateException("invalid acceptor " + url(), e);
    }
    return configuration;
  }

  private static void stopQuietly(EmbeddedActiveMQ embedded) {
    try {
      embedded.stop();
    } catch (Exception e) {
      LOG.warning(() -> "Artemis did not stop cleanly: " + e.getMessage());
    }
  }
}

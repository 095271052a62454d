package nl.burgernet.localpeers;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * A GreenMail SMTP and IMAP server on 127.0.0.1 that accepts mail for any address, plus a small web
 * page listing what arrived.
 *
 * <p>Authentication is off: the application can send without credentials, and any IMAP client can
 * read a mailbox by logging in with the recipient's address as user name and any password. Mail is
 * kept in memory only; it is gone after a restart.
 */
public final class LocalMailServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalMailServer.class.getName());

  /** The mailbox the application reads bounces from (its envelope sender). */
  public static final String BOUNCE_ADDRESS = "bounces@burgernet.local";

  private final int requestedSmtpPort;
  private final int requestedImapPort;
  private final int requestedWebPort;

  private GreenMail greenMail;
  private MailWebView webView;
  private int smtpPort;
  private int imapPort;
  private Duration startupTime = Duration.ZERO;

  /**
   * @param smtpPort SMTP port, 0 for a free one
   * @param imapPort IMAP port, 0 for a free one
   * @param webPort port of the web page listing received mail, 0 for a free one, -1 for none
   */
  public LocalMailServer(int smtpPort, int imapPort, int webPort) {
    this.requestedSmtpPort = smtpPort;
    this.requestedImapPort = imapPort;
    this.requestedWebPort = webPort;
  }

  public synchronized void start() {
    if (greenMail != null) {
      throw new IllegalStateException("mail server already started");
    }
    long started = System.nanoTime();
    // started again after a stop (a mail server outage in a test): the same ports as before
    smtpPort = smtpPort > 0 ? smtpPort : FreePort.resolve(requestedSmtpPort);
    imapPort = imapPort > 0 ? imapPort : FreePort.resolve(requestedImapPort);
    GreenMail server =
        new GreenMail(
                new ServerSetup[] {
                  new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                  new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server.start();
    greenMail = server;
    if (requestedWebPort >= 0) {
      try {
        webView = MailWebView.start(server, FreePort.resolve(requestedWebPort));
      } catch (RuntimeException e) {
        stop();
        throw e;
      }
    }
    startupTime = Duration.ofNanos(System.nanoTime() - started);
    LOG.info(
        () ->
            "GreenMail ready: SMTP 127.0.0.1:"
                + smtpPort
                + ", IMAP 127.0.0.1:"
                + imapPort
                + (webView == null ? "" : ", received mail at " + webView.url())
                + " in "
                + startupTime.toMillis()
                + " ms");
  }

  public synchronized void stop() {
    if (webView != null) {
      webView.stop();
      webView = null;
    }
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  /** URL of the page listing received mail, or {@code null} when it was not started. */
  public synchronized String webUrl() {
    return webView == null ? null : webView.url();
  }

  public Duration startupTime() {
    return startupTime;
  }

  /** All messages received since start (or the last purge), oldest first. */
  public List<MimeMessage> getReceivedMessages() {
    return List.of(running().getReceivedMessages());
  }

  /**
   * Waits until at least {@code count} messages have arrived in total.
   *
   * @return whether they arrived in time
   */
  public boolean waitForMessages(int count, Duration timeout) {
    return running().waitForIncomingEmail(timeout.toMillis(), count);
  }

  /** Forgets all received mail; GreenMail keeps every message in memory. */
  public void purge() {
    try {
      running().purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException("could not purge the mailboxes", e);
    }
  }

  private synchronized GreenMail running() {
    if (greenMail == null) {
      throw new IllegalStateException("mail server not started");
    }
    return greenMail;
  }
}

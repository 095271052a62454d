package nl.burgernet.delivery.control;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A bounded pool of connected SMTP transports, reused from message to message: a new connection for
 * every message manages ~22 messages/s (STACK-NOTES), a reused one hundreds. At most {@code size}
 * connections are open; a sender waits for a free one. A connection that fails is closed and the
 * message is tried once more on a fresh connection, since a relay drops idle connections; when that
 * fails too, the failure goes to the caller (and the broker redelivers later).
 */
final class SmtpConnections implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SmtpConnections.class.getName());

  private static final long WAIT_SECONDS = 60;

  private final Session session;
  private final Semaphore permits;
  private final BlockingQueue<Transport> idle = new LinkedBlockingQueue<>();

  SmtpConnections(Session session, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("an SMTP pool needs at least one connection");
    }
    this.session = session;
    this.permits = new Semaphore(size, true);
  }

  /**
   * Sends the message to its recipients over a pooled connection.
   *
   * @throws SendFailedException when the server refused a recipient; the connection stays usable
   * @throws MessagingException when neither a pooled nor a fresh connection took the message
   */
  void send(MimeMessage message) throws MessagingException {
    acquire();
    Transport transport = null;
    try {
      transport = idle.poll();
      if (transport != null) {
        try {
          transport.sendMessage(message, message.getAllRecipients());
          return;
        } catch (SendFailedException e) {
          throw e;
        } catch (MessagingException | IllegalStateException e) {
          // a connection the relay dropped while idle: "Not connected", a socket error or a 421
          LOG.fine(() -> "Pooled SMTP connection failed (" + e + "); reconnecting");
          closeQuietly(transport);
        }
      }
      transport = session.getTransport("smtp");
      transport.connect();
      transport.sendMessage(message, message.getAllRecipients());
    } catch (SendFailedException e) {
      throw e;
    } catch (MessagingException e) {
      closeQuietly(transport);
      transport = null;
      throw e;
    } finally {
      if (transport != null) {
        idle.add(transport);
      }
      permits.release();
    }
  }

  private void acquire() throws MessagingException {
    try {
      if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new MessagingException("no SMTP connection free within " + WAIT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MessagingException("interrupted while waiting for an SMTP connection", e);
    }
  }

  /** Closes the idle connections; connections in use close when they come back. */
  @Override
  public void close() {
    Transport transport;
    while ((transport = idle.poll()) != null) {
      closeQuietly(transport);
    }
  }

  private static void closeQuietly(Transport transport) {
    if (transport == null) {
      return;
    }
    try {
      transport.close();
    } catch (MessagingException e) {
      LOG.fine(() -> "SMTP connection did not close cleanly: " + e);
    }
  }
}

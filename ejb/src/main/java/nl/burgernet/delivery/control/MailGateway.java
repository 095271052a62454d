package nl.burgernet.delivery.control;

import java.util.concurrent.CompletableFuture;
import nl.burgernet.delivery.entity.MailMessage;

/** The channel gateway port for e-mail: hands one message to a mail server. */
public interface MailGateway {

  /**
   * Personalises the message and hands it over. Throws {@link IllegalArgumentException} when the
   * server refuses the recipient for good, and another exception when it does not take the message
   * now, so that the queue redelivers it.
   *
   * @return the message's Message-ID, without angle brackets, by which bounces find the delivery
   */
  String send(MailMessage message);

  /**
   * Personalises and hands over the message in the background, so that a sender can have several in
   * flight; at most as many as the gateway has connections are sent at once, the others wait their
   * turn.
   *
   * @return completes with what {@link #send} returns, or fails with what it throws
   */
  CompletableFuture<String> sendAsync(MailMessage message);
}

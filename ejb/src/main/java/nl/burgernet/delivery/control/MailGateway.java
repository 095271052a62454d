package nl.burgernet.delivery.control;

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
}

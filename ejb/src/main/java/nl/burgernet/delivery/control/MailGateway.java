package nl.burgernet.delivery.control;

import nl.burgernet.delivery.entity.MailMessage;

/** The channel gateway port for e-mail: hands one message to a mail server. */
public interface MailGateway {

  /** Throws when the server does not take the message, so that the queue redelivers it. */
  void send(MailMessage message);
}

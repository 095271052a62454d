package nl.burgernet.delivery.boundary;

import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.delivery.entity.SmsMessage;

/**
 * The outbound message port: whatever the application sends leaves through here and travels over a
 * durable queue, so that a slow or absent mail server or SMS centre never holds up the caller and
 * nothing is lost when it is down.
 */
public interface Outbox {

  void post(MailMessage message);

  void post(SmsMessage message);
}

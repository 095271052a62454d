package nl.burgernet.delivery.control;

import java.util.List;
import nl.burgernet.delivery.entity.SmsMessage;

/** The channel gateway port for SMS: hands one message to the SMS centre. */
public interface SmsGateway {

  /**
   * Throws when the SMS centre does not take the message, so that the queue redelivers it.
   *
   * @return the SMS centre's message ids, one per segment, in segment order; delivery receipts
   *     refer to them
   */
  List<String> send(SmsMessage message);
}

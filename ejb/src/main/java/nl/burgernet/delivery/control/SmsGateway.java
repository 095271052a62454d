package nl.burgernet.delivery.control;

import java.util.List;
import java.util.concurrent.CompletableFuture;
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

  /**
   * Hands the message over in the background, so that a sender can have several in flight; at most
   * as many as the SMS centre allows are submitted at once, the others wait their turn.
   *
   * @return completes with what {@link #send} returns, or fails with what it throws
   */
  CompletableFuture<List<String>> sendAsync(SmsMessage message);
}

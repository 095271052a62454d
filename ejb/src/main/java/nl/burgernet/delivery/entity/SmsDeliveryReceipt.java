package nl.burgernet.delivery.entity;

import java.util.Objects;

/**
 * Event: the SMS centre reported on a message it accepted earlier.
 *
 * @param messageId the id the SMS centre gave the message (one per segment) when it accepted it
 * @param state what became of it
 */
public record SmsDeliveryReceipt(String messageId, SmsDeliveryState state) {

  public SmsDeliveryReceipt {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(state, "state");
  }
}

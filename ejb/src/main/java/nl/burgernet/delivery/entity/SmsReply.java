package nl.burgernet.delivery.entity;

import java.util.List;
import java.util.Objects;

/**
 * Event: an inbound SMS came from a number our sends reached recently, for example a participant
 * answering an action. Fired after {@link InboundSms}, only when such sends exist.
 *
 * @param reached the sends that reached the number over SMS, newest first
 */
public record SmsReply(InboundSms sms, List<Reached> reached) {

  /** One send request that reached the number, and the participant it reached there. */
  public record Reached(long requestId, long participantId) {}

  public SmsReply {
    Objects.requireNonNull(sms, "sms");
    reached = List.copyOf(reached);
  }
}

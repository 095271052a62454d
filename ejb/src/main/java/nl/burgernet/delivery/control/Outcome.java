package nl.burgernet.delivery.control;

import java.util.Objects;

/**
 * What became of one attempt to send a delivery, kept until the consumer records a batch of them.
 *
 * @param providerMessageId for {@link Kind#SENT} and {@link Kind#DELIVERED}: the provider's id,
 *     when it gives one
 * @param reason for the failures: why
 */
public record Outcome(long deliveryId, Kind kind, String providerMessageId, String reason) {

  /** The kinds of outcome, each a state change of the delivery (or none, for a retry). */
  public enum Kind {
    SENT,
    /** Sent, and the provider knew at once that it arrived (an answered call). */
    DELIVERED,
    /** Refused for good. */
    FAILED,
    /** Failed on the last attempt. */
    DEAD_LETTERED,
    /** Failed; the chunk goes back to the broker and the delivery is tried again. */
    ATTEMPT_FAILED
  }

  public Outcome {
    Objects.requireNonNull(kind, "kind");
  }

  public static Outcome sent(long deliveryId, String providerMessageId) {
    return new Outcome(deliveryId, Kind.SENT, providerMessageId, null);
  }

  public static Outcome delivered(long deliveryId, String providerMessageId) {
    return new Outcome(deliveryId, Kind.DELIVERED, providerMessageId, null);
  }

  public static Outcome failure(long deliveryId, Kind kind, String reason) {
    return new Outcome(deliveryId, kind, null, reason);
  }
}

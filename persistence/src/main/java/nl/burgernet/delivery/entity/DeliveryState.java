package nl.burgernet.delivery.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one delivery, and where each state may lead:
 *
 * <pre>
 * PENDING ──> QUEUED ──> SENT ──> DELIVERED
 *    │          │          └────> FAILED (receipt)
 *    │          ├──> FAILED (refused for good) / DEAD_LETTERED (retries used up) ──> PENDING (retry)
 *    └──────────┴──> CANCELLED (recall) ──> SENT (it was already on its way)
 * </pre>
 *
 * PENDING: written, its chunk waits on the broker. QUEUED: a channel consumer took its chunk and
 * the delivery waits in that consumer's send queue (a QUEUED delivery met again after a crash or a
 * redelivery was in flight, and is sent again).
 */
public enum DeliveryState {
  PENDING,
  QUEUED,
  SENT,
  DELIVERED,
  FAILED,
  DEAD_LETTERED,
  CANCELLED;

  /** Not yet handed to a gateway: a consumer sends it, a recall cancels it. */
  public static final Set<DeliveryState> OPEN = EnumSet.of(PENDING, QUEUED);

  /**
   * On its way or arrived: the participant is reached over the channel (an action's later messages
   * follow the same way, a widening skips them).
   */
  public static final Set<DeliveryState> REACHING = EnumSet.of(PENDING, QUEUED, SENT, DELIVERED);

  static {
    PENDING.next = EnumSet.of(QUEUED, CANCELLED);
    QUEUED.next = EnumSet.of(QUEUED, SENT, FAILED, DEAD_LETTERED, CANCELLED);
    SENT.next = EnumSet.of(DELIVERED, FAILED);
    DELIVERED.next = EnumSet.noneOf(DeliveryState.class);
    FAILED.next = EnumSet.noneOf(DeliveryState.class);
    DEAD_LETTERED.next = EnumSet.of(PENDING);
    // a recall that came while the gateway already had it: what happened wins
    CANCELLED.next = EnumSet.of(SENT, FAILED);
  }

  private Set<DeliveryState> next;

  public boolean canMoveTo(DeliveryState target) {
    return next.contains(target);
  }

  /** The states from which a delivery may move to the target, for bulk updates in one statement. */
  public static Set<DeliveryState> leadingTo(DeliveryState target) {
    Set<DeliveryState> sources = EnumSet.noneOf(DeliveryState.class);
    for (DeliveryState state : values()) {
      if (state.canMoveTo(target)) {
        sources.add(state);
      }
    }
    return sources;
  }
}

package nl.burgernet.delivery.entity;

/**
 * How urgently a send request goes out. Time-critical traffic (actions) travels on its own queues
 * and pauses normal traffic (newsletters, confirmations) of the same channel while it is sent.
 */
public enum SendPriority {
  TIME_CRITICAL,
  NORMAL
}

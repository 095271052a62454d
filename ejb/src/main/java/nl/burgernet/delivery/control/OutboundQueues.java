package nl.burgernet.delivery.control;

/** Names of the broker queues that carry outbound messages. */
public final class OutboundQueues {

  public static final String MAIL = "burgernet.mail";

  public static final String SMS = "burgernet.sms";

  /** Where the broker puts messages that failed every redelivery (see the broker settings). */
  public static final String DEAD_LETTERS = "DLQ";

  private OutboundQueues() {}
}

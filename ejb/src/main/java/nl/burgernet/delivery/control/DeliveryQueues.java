package nl.burgernet.delivery.control;

import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.participant.entity.Channel;

/**
 * The queues that carry chunks of delivery ids: one per channel and priority, so that time-critical
 * chunks never wait behind normal ones on the broker (see the chunk listeners).
 */
public final class DeliveryQueues {

  public static final String SMS_URGENT = "burgernet.delivery.sms.urgent";
  public static final String SMS_NORMAL = "burgernet.delivery.sms.normal";
  public static final String MAIL_URGENT = "burgernet.delivery.mail.urgent";
  public static final String MAIL_NORMAL = "burgernet.delivery.mail.normal";
  public static final String APP_URGENT = "burgernet.delivery.app.urgent";
  public static final String APP_NORMAL = "burgernet.delivery.app.normal";
  public static final String VOICE_URGENT = "burgernet.delivery.voice.urgent";
  public static final String VOICE_NORMAL = "burgernet.delivery.voice.normal";

  private static final String URGENT_SUFFIX = ".urgent";

  private DeliveryQueues() {}

  /** The priority of the chunks on one of these queues. */
  public static SendPriority priorityOf(String queue) {
    return queue.endsWith(URGENT_SUFFIX) ? SendPriority.TIME_CRITICAL : SendPriority.NORMAL;
  }

  public static String of(Channel channel, SendPriority priority) {
    boolean urgent = priority == SendPriority.TIME_CRITICAL;
    return switch (channel) {
      case SMS -> urgent ? SMS_URGENT : SMS_NORMAL;
      case EMAIL -> urgent ? MAIL_URGENT : MAIL_NORMAL;
      case APP -> urgent ? APP_URGENT : APP_NORMAL;
      case VOICE -> urgent ? VOICE_URGENT : VOICE_NORMAL;
    };
  }
}

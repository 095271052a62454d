package nl.burgernet.delivery.control;

import java.util.List;
import nl.burgernet.delivery.entity.SendPriority;

/**
 * What a consumer sends for one chunk: the deliveries still to send, with their addresses, and the
 * request's content.
 *
 * @param mailHtml the HTML alternative of the mail body, or {@code null}
 */
public record ChunkWork(
    long requestId,
    SendPriority priority,
    String smsText,
    String mailSubject,
    String mailBody,
    String mailHtml,
    String voiceScript,
    String appTitle,
    String appBody,
    List<Task> tasks) {

  public ChunkWork {
    tasks = List.copyOf(tasks);
  }

  /**
   * One delivery to send: app deliveries go to the participant's push subscriptions; mails carry
   * the participant's name and unsubscribe token, with which they are personalised.
   */
  public record Task(
      long deliveryId, String address, long participantId, String name, String unsubscribeToken) {

    public Task(long deliveryId, String address, long participantId) {
      this(deliveryId, address, participantId, null, null);
    }
  }
}

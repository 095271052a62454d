package nl.burgernet.delivery.control;

import java.util.List;
import nl.burgernet.delivery.entity.SendPriority;

/**
 * What a consumer sends for one chunk: the deliveries still to send, with their addresses, and the
 * request's content.
 */
public record ChunkWork(
    long requestId,
    SendPriority priority,
    String smsText,
    String mailSubject,
    String mailBody,
    String voiceScript,
    String appTitle,
    String appBody,
    List<Task> tasks) {

  public ChunkWork {
    tasks = List.copyOf(tasks);
  }

  /** One delivery to send; app deliveries go to the participant's push subscriptions. */
  public record Task(long deliveryId, String address, long participantId) {}
}

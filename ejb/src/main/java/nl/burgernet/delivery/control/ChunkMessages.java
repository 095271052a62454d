package nl.burgernet.delivery.control;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import nl.burgernet.delivery.entity.SendPriority;

/** What every chunk listener does with its message: read it and hand it to the sender. */
final class ChunkMessages {

  private ChunkMessages() {}

  static void handle(Message message, ChunkSender sender) {
    String queue;
    DeliveryChunk chunk;
    int deliveryCount;
    try {
      queue = ((Queue) message.getJMSDestination()).getQueueName();
      chunk = DeliveryChunkJson.read(((TextMessage) message).getText());
      // set by the broker: 1 on the first delivery, one more on each redelivery
      deliveryCount = Math.max(1, message.getIntProperty("JMSXDeliveryCount"));
    } catch (JMSException | ClassCastException | NumberFormatException e) {
      throw new IllegalArgumentException("unreadable message on a delivery queue", e);
    }
    if (!DeliveryQueues.of(chunk.channel(), SendPriority.TIME_CRITICAL).equals(queue)
        && !DeliveryQueues.of(chunk.channel(), SendPriority.NORMAL).equals(queue)) {
      throw new IllegalArgumentException("a " + chunk.channel() + " chunk on the queue " + queue);
    }
    sender.send(chunk, DeliveryQueues.priorityOf(queue), deliveryCount);
  }
}

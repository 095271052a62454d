package nl.burgernet.delivery.control;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.participant.entity.Channel;

/** What every chunk listener does with its message: read it and hand it to the sender. */
final class ChunkMessages {

  private ChunkMessages() {}

  static void handle(Message message, Channel channel, SendPriority priority, ChunkSender sender) {
    DeliveryChunk chunk;
    int deliveryCount;
    try {
      chunk = DeliveryChunkJson.read(((TextMessage) message).getText());
      // set by the broker: 1 on the first delivery, one more on each redelivery
      deliveryCount = Math.max(1, message.getIntProperty("JMSXDeliveryCount"));
    } catch (JMSException | ClassCastException | NumberFormatException e) {
      throw new IllegalArgumentException("unreadable message on a delivery queue", e);
    }
    if (chunk.channel() != channel) {
      throw new IllegalArgumentException(
          "a " + chunk.channel() + " chunk on the " + channel + " queue");
    }
    sender.send(chunk, priority, deliveryCount);
  }
}

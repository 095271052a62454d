package nl.burgernet.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.util.List;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.participant.entity.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the ids of deliveries on their channel's queue for the priority, in chunks, as persistent
 * messages in the caller's transaction: the chunks leave only if the deliveries are stored, and the
 * deliveries are stored only with their chunks.
 */
@ApplicationScoped
public class ChunkPublisher {

  @Inject
  @ConfigProperty(name = "burgernet.delivery.chunk-size", defaultValue = "500")
  int chunkSize;

  @Inject
  @JMSConnectionFactory(JmsOutbox.CONNECTION_FACTORY)
  private JMSContext jms;

  /** Returns how many messages it sent. */
  public int publish(long requestId, Channel channel, SendPriority priority, List<Long> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    Queue queue = jms.createQueue(DeliveryQueues.of(channel, priority));
    JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
    List<DeliveryChunk> chunks = DeliveryChunk.split(requestId, channel, ids, chunkSize);
    chunks.forEach(chunk -> producer.send(queue, DeliveryChunkJson.write(chunk)));
    return chunks.size();
  }
}

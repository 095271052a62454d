package nl.burgernet.delivery.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.burgernet.participant.entity.Channel;

/**
 * One queue message: the ids of up to a chunk's worth of deliveries of one request over one
 * channel. Small (ids, not content), so 100,000 recipients are 200 persistent messages, not
 * 100,000.
 */
public record DeliveryChunk(long requestId, Channel channel, List<Long> deliveryIds) {

  public DeliveryChunk {
    Objects.requireNonNull(channel, "channel");
    if (deliveryIds == null || deliveryIds.isEmpty()) {
      throw new IllegalArgumentException("a chunk carries at least one delivery");
    }
    deliveryIds = List.copyOf(deliveryIds);
  }

  /** The ids cut into chunks of at most {@code size}, in their order. */
  public static List<DeliveryChunk> split(
      long requestId, Channel channel, List<Long> deliveryIds, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a chunk holds at least one delivery");
    }
    List<DeliveryChunk> chunks = new ArrayList<>((deliveryIds.size() + size - 1) / size);
    for (int from = 0; from < deliveryIds.size(); from += size) {
      chunks.add(
          new DeliveryChunk(
              requestId,
              channel,
              deliveryIds.subList(from, Math.min(from + size, deliveryIds.size()))));
    }
    return chunks;
  }
}

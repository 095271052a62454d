package nl.burgernet.delivery.boundary;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.participant.entity.Channel;

/**
 * How far one channel of a request is: deliveries per state and the time the whole channel takes at
 * its configured rate.
 */
public record ChannelProgress(
    Channel channel, long total, Map<DeliveryState, Long> counts, Duration eta) {

  public ChannelProgress {
    EnumMap<DeliveryState, Long> all = new EnumMap<>(DeliveryState.class);
    for (DeliveryState state : DeliveryState.values()) {
      all.put(state, counts.getOrDefault(state, 0L));
    }
    counts = Collections.unmodifiableMap(all);
  }

  public long count(DeliveryState state) {
    return counts.get(state);
  }

  /** Deliveries that left (sent, delivered, failed after sending): the progress bar. */
  public long done() {
    return total - count(DeliveryState.PENDING) - count(DeliveryState.QUEUED);
  }

  /** Whole percent of the deliveries that are done; 100 for a channel without deliveries. */
  public int percentDone() {
    return total == 0 ? 100 : (int) (done() * 100 / total);
  }
}

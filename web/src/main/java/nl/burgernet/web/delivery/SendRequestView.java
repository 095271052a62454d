package nl.burgernet.web.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.burgernet.delivery.boundary.ChannelProgress;
import nl.burgernet.delivery.boundary.RequestProgress;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequestState;
import nl.burgernet.participant.entity.Channel;

/** A send request as the API shows it: no content, no recipients, only how far it is. */
public record SendRequestView(
    long id,
    String idempotencyKey,
    String description,
    SendPriority priority,
    SendRequestState state,
    Instant requestedAt,
    List<ChannelView> channels) {

  /** Deliveries of one channel per state, and how long the whole channel takes at its rate. */
  public record ChannelView(
      Channel channel,
      long total,
      int percentDone,
      Map<DeliveryState, Long> counts,
      long etaSeconds) {

    static ChannelView of(ChannelProgress progress) {
      return new ChannelView(
          progress.channel(),
          progress.total(),
          progress.percentDone(),
          progress.counts(),
          progress.eta().toSeconds());
    }
  }

  static SendRequestView of(RequestProgress progress) {
    var request = progress.request();
    return new SendRequestView(
        request.getId(),
        request.getIdempotencyKey(),
        request.getDescription(),
        request.getPriority(),
        request.getState(),
        request.getRequestedAt(),
        progress.channels().stream().map(ChannelView::of).toList());
  }
}

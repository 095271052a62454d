package nl.burgernet.action.boundary;

import java.time.Instant;
import java.util.Set;
import nl.burgernet.action.entity.WebhookEvent;

/**
 * A region's webhook endpoint.
 *
 * @param secret the signing key: only in the answer to its registration, null afterwards
 */
public record WebhookEndpointView(
    long id,
    long regionId,
    String url,
    Set<WebhookEvent> events,
    boolean active,
    String createdBy,
    Instant createdAt,
    String secret) {

  public WebhookEndpointView {
    events = Set.copyOf(events);
  }
}

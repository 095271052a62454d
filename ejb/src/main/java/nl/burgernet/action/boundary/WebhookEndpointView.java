package nl.burgernet.action.boundary;

import java.time.Instant;

/**
 * A region's webhook endpoint.
 *
 * @param secret the signing key: only in the answer to its registration, null afterwards
 */
public record WebhookEndpointView(
    long id,
    long regionId,
    String url,
    boolean active,
    String createdBy,
    Instant createdAt,
    String secret) {}

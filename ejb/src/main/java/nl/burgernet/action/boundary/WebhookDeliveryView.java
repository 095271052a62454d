package nl.burgernet.action.boundary;

import java.time.Instant;

/**
 * One CAP message to one endpoint and how its attempts went.
 *
 * @param lastStatus the endpoint's last HTTP status, null when it was not reached (or not tried)
 * @param deliveredAt null until the endpoint answered 2xx
 */
public record WebhookDeliveryView(
    long id,
    long endpointId,
    long actionId,
    String capIdentifier,
    String msgType,
    Instant createdAt,
    int attempts,
    Instant lastAttemptAt,
    Integer lastStatus,
    String lastError,
    Instant deliveredAt) {}

package nl.burgernet.localpeers;

import java.time.Instant;

/**
 * A push message the local push receiver took, decrypted.
 *
 * @param subscriptionId the local subscription it was for
 * @param payload the plain text, as the service worker would get it
 * @param urgency the Urgency header (very-low, low, normal, high; normal when absent)
 * @param ttl the TTL header in seconds
 * @param sender the VAPID token's contact ({@code sub})
 */
public record ReceivedPush(
    String subscriptionId,
    String payload,
    String urgency,
    int ttl,
    String sender,
    Instant receivedAt) {}

package nl.burgernet.localpeers;

/**
 * A push subscription of the local push receiver, as a browser's {@code PushSubscription.toJSON()}
 * would give it to the application: the endpoint and the keys (base64url). The private key stays
 * with the receiver.
 */
public record LocalPushSubscription(String id, String endpoint, String p256dh, String auth) {}

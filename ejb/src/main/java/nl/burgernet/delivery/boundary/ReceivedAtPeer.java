package nl.burgernet.delivery.boundary;

import java.time.Instant;

/**
 * One thing a local peer received: when, for whom (number, address or push subscription) and what
 * (text, subject, decrypted notification, spoken script).
 */
public record ReceivedAtPeer(Instant at, String to, String content) {}

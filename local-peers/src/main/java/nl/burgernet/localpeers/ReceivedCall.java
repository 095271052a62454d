package nl.burgernet.localpeers;

import java.time.Instant;

/**
 * A call request the local voice endpoint took.
 *
 * @param number whom to call, E.164
 * @param script the text to speak, as the application sent it
 * @param reference the application's reference
 * @param result how the call ended, as answered to the application
 */
public record ReceivedCall(
    String callId,
    String number,
    String script,
    String reference,
    String result,
    Instant receivedAt) {}

package nl.burgernet.action.boundary;

import java.time.Instant;

/**
 * One round of an action: the area it was sent to and its send request in the delivery pipeline
 * (whose progress {@code Deliveries.progress} shows).
 *
 * @param recipients participants the round selected (after protection, without earlier rounds')
 */
public record RoundView(
    int number,
    AreaSpecification area,
    long sendRequestId,
    long recipients,
    String sentBy,
    Instant sentAt) {}

package nl.burgernet.action.boundary;

import java.time.Instant;
import nl.burgernet.action.entity.ActionDraft;
import nl.burgernet.action.entity.ActionStatus;

/**
 * A draft action from a partner's CAP alert, as the operator reviews it.
 *
 * @param status the alert's: real, an exercise or a test, as the action will be
 * @param areaDescription the area in a few Dutch words, e.g. "cirkel van 10000 m rond …"
 * @param actionId the action it became once sent, else null
 */
public record DraftView(
    long id,
    String capSender,
    String capIdentifier,
    Instant capSent,
    String event,
    String headline,
    ActionStatus status,
    long scenarioId,
    String description,
    String callbackNumber,
    AreaSpecification area,
    String areaDescription,
    ActionDraft.State state,
    Instant receivedAt,
    Long actionId) {}

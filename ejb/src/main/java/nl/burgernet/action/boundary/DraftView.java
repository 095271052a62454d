package nl.burgernet.action.boundary;

import java.time.Instant;
import nl.burgernet.action.entity.ActionDraft;

/**
 * A draft action from a partner's CAP alert, as the operator reviews it.
 *
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
    long scenarioId,
    String description,
    String callbackNumber,
    AreaSpecification area,
    String areaDescription,
    ActionDraft.State state,
    Instant receivedAt,
    Long actionId) {}

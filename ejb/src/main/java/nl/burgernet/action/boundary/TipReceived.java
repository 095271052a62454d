package nl.burgernet.action.boundary;

import java.time.Instant;
import nl.burgernet.action.entity.TipSource;

/**
 * CDI event, fired asynchronously after the tip is stored (committed): a tip arrived on an action.
 * Observers (the operator's screen) show it to staff whose scope covers the action's region and
 * read the tip itself through {@link Actions#find}.
 *
 * @param scopeRegionId the region of the action; null for a national action
 */
public record TipReceived(
    long actionId, long tipId, TipSource source, Instant receivedAt, Long scopeRegionId) {}

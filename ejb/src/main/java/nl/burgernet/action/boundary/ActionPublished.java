package nl.burgernet.action.boundary;

/**
 * An action got a new CAP message: it started, was widened or was closed. Fired inside the
 * operator's transaction, so what observers write or queue commits (or not) with the action.
 */
public record ActionPublished(long actionId) {}

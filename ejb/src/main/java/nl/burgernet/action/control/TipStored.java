package nl.burgernet.action.control;

import nl.burgernet.action.boundary.TipReceived;

/**
 * Event inside the storing transaction: {@link TipNotifier} passes it on as {@link TipReceived}
 * once that transaction committed, so observers find the tip when they read it.
 */
public record TipStored(TipReceived tip) {}

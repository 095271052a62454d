package nl.burgernet.action.boundary;

/**
 * CDI event: a partner's update or cancel reached a running action. Observed once the transaction
 * committed, it tells the operator's screens of the action to reload, as a tip does.
 */
public record PartnerMessageReceived(long actionId) {}

package nl.burgernet.participant.boundary;

/**
 * How many registrations wait in each queue of the relation manager, and how many address changes
 * wait for approval, within their scope.
 */
public record QueueCounts(long verification, long quarantine, long addressChanges) {}

package nl.burgernet.participant.boundary;

/** How many registrations wait in each queue of the relation manager, within their scope. */
public record QueueCounts(long verification, long quarantine) {}

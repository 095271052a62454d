package nl.burgernet.participant.boundary;

/**
 * How many registrations wait in each queue of the relation manager, how many address changes wait
 * for approval and how many participants have an e-mail address to fix, within their scope.
 */
public record QueueCounts(
    long verification, long quarantine, long addressChanges, long badEmailAddresses) {

  public static final QueueCounts NONE = new QueueCounts(0, 0, 0, 0);
}

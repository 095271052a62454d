package nl.burgernet.participant.boundary;

/**
 * A participant's personal data is being erased (in the erasing transaction): the components that
 * keep something of the participant forget it now, in the same transaction.
 */
public record ParticipantErased(long participantId) {}

package nl.burgernet.participant.control;

import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.QueueReason;

/** Where a registration goes first, and why when it is held. */
public record Routing(ParticipantStatus status, QueueReason reason) {}

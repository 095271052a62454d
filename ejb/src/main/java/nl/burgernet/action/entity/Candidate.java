package nl.burgernet.action.entity;

import nl.burgernet.participant.entity.QuietHours;

/** An active participant in the caller's scope who lives or works in the area. */
public record Candidate(long participantId, QuietHours quietHours) {}

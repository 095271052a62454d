package nl.burgernet.action.entity;

import nl.burgernet.participant.entity.QuietHours;
import nl.burgernet.participant.entity.ReachableChannels;

/**
 * An active participant in the caller's scope who lives or works in the area, with their quiet
 * hours (or null) and the channels a send would reach them over.
 */
public record Candidate(long participantId, QuietHours quietHours, ReachableChannels channels) {}

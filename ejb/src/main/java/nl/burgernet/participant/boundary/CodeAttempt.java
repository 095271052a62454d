package nl.burgernet.participant.boundary;

import nl.burgernet.participant.entity.ParticipantStatus;

/**
 * The outcome of typing the SMS code: accepted (the registration is confirmed, status says what
 * now), or not, with how many tries are left (none: a relation manager will call).
 */
public record CodeAttempt(boolean accepted, ParticipantStatus status, int triesLeft) {}

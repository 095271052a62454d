package nl.burgernet.helpdesk.entity;

/** Whose ticket it is: a region, and the municipality it is about where there is one. */
public record TicketScope(Long regionId, Long municipalityId) {}

package nl.burgernet.participant.boundary;

/**
 * A region's registration policy as staff see and change it: automatic approval, and the burst
 * limit (null: off) within a window of minutes.
 */
public record RegionRegistrationPolicy(
    long regionId,
    String regionName,
    boolean autoApproval,
    Integer burstLimit,
    int burstWindowMinutes) {}

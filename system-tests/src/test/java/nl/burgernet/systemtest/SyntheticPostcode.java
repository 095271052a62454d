package nl.burgernet.systemtest;

/**
 * A generated postcode ("3011 AB") with its centroid and street, in one municipality. The offline
 * geocoder gets these from {@link SyntheticParticipants#writeCentroids}.
 */
record SyntheticPostcode(
    String value,
    String street,
    double latitude,
    double longitude,
    SyntheticMunicipality municipality) {}

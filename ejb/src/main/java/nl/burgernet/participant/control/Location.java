package nl.burgernet.participant.control;

/**
 * Where the geocoder put an address: a WGS84 point and the CBS code of the municipality (e.g.
 * GM0599); street and place when the service knows them, else null.
 */
public record Location(
    double latitude, double longitude, String municipalityCode, String street, String place) {

  public Location {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("not a point on earth");
    }
    if (municipalityCode == null || !municipalityCode.matches("GM[0-9]{4}")) {
      throw new IllegalArgumentException("a CBS municipality code looks like GM0599");
    }
  }
}

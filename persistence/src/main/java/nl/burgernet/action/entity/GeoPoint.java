package nl.burgernet.action.entity;

/** A WGS84 point, latitude and longitude in degrees. */
public record GeoPoint(double latitude, double longitude) {

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("not a point on earth: " + latitude + ", " + longitude);
    }
  }
}

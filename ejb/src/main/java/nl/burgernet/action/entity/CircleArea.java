package nl.burgernet.action.entity;

import java.util.Objects;

/** A circle around a point (an address or a click on the map), its radius in metres. */
public record CircleArea(GeoPoint centre, int radiusMetres) implements GeometricArea {

  public static final int MINIMUM_RADIUS = 50;
  public static final int MAXIMUM_RADIUS = 50_000;

  /** Mean earth radius (IUGG), in metres. */
  private static final double EARTH_RADIUS = 6_371_008.8;

  private static final double METRES_PER_DEGREE = Math.PI * EARTH_RADIUS / 180;

  public CircleArea {
    if (centre == null) {
      throw new InvalidAreaException("action.area.circle.centre", "a circle needs a centre");
    }
    if (radiusMetres < MINIMUM_RADIUS || radiusMetres > MAXIMUM_RADIUS) {
      throw new InvalidAreaException(
          "action.area.circle.radius", "radius " + radiusMetres + " m is out of range");
    }
  }

  @Override
  public BoundingBox boundingBox() {
    double latitudeSpan = radiusMetres / METRES_PER_DEGREE;
    double longitudeSpan =
        radiusMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(centre.latitude())));
    return new BoundingBox(
        centre.latitude() - latitudeSpan,
        centre.latitude() + latitudeSpan,
        centre.longitude() - longitudeSpan,
        centre.longitude() + longitudeSpan);
  }

  @Override
  public boolean contains(double latitude, double longitude) {
    return distanceMetres(centre, latitude, longitude) <= radiusMetres;
  }

  /** Great-circle distance (haversine), accurate to well under a metre at these distances. */
  static double distanceMetres(GeoPoint from, double latitude, double longitude) {
    double phi1 = Math.toRadians(from.latitude());
    double phi2 = Math.toRadians(latitude);
    double halfDeltaPhi = (phi2 - phi1) / 2;
    double halfDeltaLambda = Math.toRadians(longitude - from.longitude()) / 2;
    double h =
        Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
            + Math.cos(phi1)
                * Math.cos(phi2)
                * Math.sin(halfDeltaLambda)
                * Math.sin(halfDeltaLambda);
    return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CircleArea that
        && centre.equals(that.centre)
        && radiusMetres == that.radiusMetres;
  }

  @Override
  public int hashCode() {
    return Objects.hash(centre, radiusMetres);
  }
}

package nl.burgernet.action.entity;

import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A polygon drawn on the map, its corners in order (x = longitude, y = latitude; the plane is good
 * enough for areas of a few tens of kilometres). A polygon whose edges cross, or that has fewer
 * than three distinct corners, is refused: nobody could say who is inside it.
 */
public final class PolygonArea implements GeometricArea {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  /** About a square metre, in square degrees: corners on one line give rounding noise, not 0. */
  private static final double NO_AREA = 1e-10;

  private final List<GeoPoint> corners;
  private final Polygon polygon;
  // answers point-in-polygon in O(log n) per point after one index build: tens of thousands of
  // candidate points are tested per round
  private final IndexedPointInAreaLocator locator;

  public PolygonArea(List<GeoPoint> corners) {
    if (corners == null || corners.stream().distinct().count() < 3) {
      throw new InvalidAreaException(
          "action.area.polygon.tooFewCorners", "a polygon needs at least three corners");
    }
    this.corners = List.copyOf(corners);
    this.polygon = GEOMETRY.createPolygon(ring(this.corners));
    TopologyValidationError error = new IsValidOp(polygon).getValidationError();
    if (error != null) {
      throw new InvalidAreaException(
          error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                  || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION
              ? "action.area.polygon.selfIntersecting"
              : "action.area.polygon.invalid",
          error.getMessage() + " at " + error.getCoordinate());
    }
    if (polygon.getArea() < NO_AREA) {
      throw new InvalidAreaException("action.area.polygon.invalid", "the corners lie on one line");
    }
    this.locator = new IndexedPointInAreaLocator(polygon);
  }

  private static Coordinate[] ring(List<GeoPoint> corners) {
    Coordinate[] ring = new Coordinate[corners.size() + 1];
    for (int i = 0; i < corners.size(); i++) {
      ring[i] = new Coordinate(corners.get(i).longitude(), corners.get(i).latitude());
    }
    ring[corners.size()] = ring[0];
    return ring;
  }

  public List<GeoPoint> corners() {
    return corners;
  }

  @Override
  public BoundingBox boundingBox() {
    Envelope envelope = polygon.getEnvelopeInternal();
    return new BoundingBox(
        envelope.getMinY(), envelope.getMaxY(), envelope.getMinX(), envelope.getMaxX());
  }

  /** Points on the edge count as inside: better one participant too many than one too few. */
  @Override
  public boolean contains(double latitude, double longitude) {
    return locator.locate(new Coordinate(longitude, latitude)) != Location.EXTERIOR;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PolygonArea that && corners.equals(that.corners);
  }

  @Override
  public int hashCode() {
    return corners.hashCode();
  }
}

package nl.burgernet.action.entity;

import java.util.stream.IntStream;

/** The smallest latitude/longitude rectangle around an area, in degrees. */
public record BoundingBox(
    double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

  /**
   * Rows of the participants' grid (a cell is 1/50 degree of latitude, see {@code lat_cell} in the
   * participant table) that the box touches.
   */
  public static final int CELLS_PER_DEGREE = 50;

  public BoundingBox {
    if (minLatitude > maxLatitude || minLongitude > maxLongitude) {
      throw new IllegalArgumentException("a bounding box needs its minimum below its maximum");
    }
  }

  public IntStream latitudeCells() {
    return IntStream.rangeClosed(cellOf(minLatitude), cellOf(maxLatitude));
  }

  /** The same rule as the stored column {@code FLOOR(latitude * 50)}. */
  public static int cellOf(double latitude) {
    return (int) Math.floor(latitude * CELLS_PER_DEGREE);
  }
}

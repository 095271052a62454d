package nl.burgernet.action.entity;

/**
 * A drawn area: participants are selected by its bounding box from the grid index, then tested
 * exactly against the shape here.
 */
public sealed interface GeometricArea extends Area permits CircleArea, PolygonArea {

  BoundingBox boundingBox();

  boolean contains(double latitude, double longitude);
}

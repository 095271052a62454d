package nl.burgernet.action.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import nl.burgernet.action.entity.GeoPoint;

/**
 * Where an action (round) is sent, as the operator draws it: a circle around a point, a polygon, or
 * a set of municipalities or postcodes (PC4 "3511" or PC6 "3511 AB"). Only the fields of its kind
 * are filled; the others are empty. Participants are in the area when their home or work address
 * lies in it.
 *
 * @param radiusMetres of a circle, 50 m to 50 km
 * @param polygon the corners in order, at least 3, without repeating the first at the end
 */
public record AreaSpecification(
    @NotNull AreaKind kind,
    GeoPoint centre,
    Integer radiusMetres,
    @NotNull @Size(max = MAXIMUM_VERTICES) List<@NotNull GeoPoint> polygon,
    @NotNull @Size(max = MAXIMUM_MEMBERS) Set<@NotNull Long> municipalityIds,
    @NotNull @Size(max = MAXIMUM_MEMBERS) Set<@NotNull String> postcodes) {

  public static final int MAXIMUM_VERTICES = 1_000;
  public static final int MAXIMUM_MEMBERS = 500;

  public enum AreaKind {
    CIRCLE,
    POLYGON,
    MUNICIPALITIES,
    POSTCODES
  }

  public AreaSpecification {
    polygon = polygon == null ? List.of() : List.copyOf(polygon);
    municipalityIds = municipalityIds == null ? Set.of() : Set.copyOf(municipalityIds);
    postcodes = postcodes == null ? Set.of() : Set.copyOf(postcodes);
  }

  public static AreaSpecification circle(GeoPoint centre, int radiusMetres) {
    return new AreaSpecification(
        AreaKind.CIRCLE, centre, radiusMetres, List.of(), Set.of(), Set.of());
  }

  public static AreaSpecification polygon(List<GeoPoint> corners) {
    return new AreaSpecification(AreaKind.POLYGON, null, null, corners, Set.of(), Set.of());
  }

  public static AreaSpecification municipalities(Set<Long> ids) {
    return new AreaSpecification(AreaKind.MUNICIPALITIES, null, null, List.of(), ids, Set.of());
  }

  public static AreaSpecification postcodes(Set<String> postcodes) {
    return new AreaSpecification(AreaKind.POSTCODES, null, null, List.of(), Set.of(), postcodes);
  }
}

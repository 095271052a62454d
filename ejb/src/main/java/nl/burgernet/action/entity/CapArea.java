package nl.burgernet.action.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A CAP {@code <area>}: its description and either a circle ("lat,lon radius-km"), a closed polygon
 * ("lat,lon lat,lon ...", the first pair repeated at the end) or geocodes (municipality codes or
 * postcodes) for areas drawn by name rather than on the map.
 *
 * @param geocodes value name to values, e.g. "CBS-gemeentecode" to ["GM0599"]
 */
public record CapArea(
    String description, String circle, String polygon, Map<String, List<String>> geocodes) {

  public CapArea {
    geocodes = Map.copyOf(geocodes);
  }

  public static CapArea circle(GeoPoint centre, int radiusMetres) {
    return new CapArea(
        "Cirkel van " + radiusMetres + " m rond " + pair(centre),
        pair(centre) + " " + String.format(Locale.ROOT, "%.3f", radiusMetres / 1000.0),
        null,
        Map.of());
  }

  public static CapArea polygon(List<GeoPoint> corners) {
    return new CapArea(
        "Getekend gebied met " + corners.size() + " hoekpunten",
        null,
        Stream.concat(corners.stream(), Stream.of(corners.get(0)))
            .map(CapArea::pair)
            .collect(Collectors.joining(" ")),
        Map.of());
  }

  public static CapArea named(String description, String valueName, List<String> values) {
    return new CapArea(description, null, null, Map.of(valueName, List.copyOf(values)));
  }

  private static String pair(GeoPoint point) {
    return String.format(Locale.ROOT, "%.6f,%.6f", point.latitude(), point.longitude());
  }
}

package nl.burgernet.action.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.entity.Area;
import nl.burgernet.action.entity.CircleArea;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.InvalidAreaException;
import nl.burgernet.action.entity.MunicipalityArea;
import nl.burgernet.action.entity.PolygonArea;
import nl.burgernet.action.entity.PostcodeArea;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * Turns the operator's area into the domain's (refusing what cannot be sent to, with the reason for
 * the user), and keeps it with a round as JSON.
 */
public final class AreaSpecifications {

  private AreaSpecifications() {}

  public static Area toArea(AreaSpecification specification) {
    try {
      return switch (specification.kind()) {
        case CIRCLE ->
            new CircleArea(
                specification.centre(),
                specification.radiusMetres() == null ? 0 : specification.radiusMetres());
        case POLYGON -> new PolygonArea(specification.polygon());
        case MUNICIPALITIES -> new MunicipalityArea(specification.municipalityIds());
        case POSTCODES -> new PostcodeArea(specification.postcodes());
      };
    } catch (InvalidAreaException e) {
      throw new InvalidInputException(e.messageKey());
    }
  }

  public static String toJson(AreaSpecification area) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("kind", area.kind().name());
    if (area.centre() != null) {
      json.add("centre", point(area.centre()));
    }
    if (area.radiusMetres() != null) {
      json.add("radiusMetres", area.radiusMetres());
    }
    JsonArrayBuilder polygon = Json.createArrayBuilder();
    area.polygon().forEach(corner -> polygon.add(point(corner)));
    JsonArrayBuilder municipalities = Json.createArrayBuilder();
    area.municipalityIds().stream().sorted().forEach(municipalities::add);
    JsonArrayBuilder postcodes = Json.createArrayBuilder();
    area.postcodes().stream().sorted().forEach(postcodes::add);
    return json.add("polygon", polygon)
        .add("municipalityIds", municipalities)
        .add("postcodes", postcodes)
        .build()
        .toString();
  }

  public static AreaSpecification fromJson(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      return new AreaSpecification(
          AreaSpecification.AreaKind.valueOf(json.getString("kind")),
          json.containsKey("centre") ? point(json.getJsonObject("centre")) : null,
          json.containsKey("radiusMetres") ? json.getInt("radiusMetres") : null,
          json.getJsonArray("polygon").stream().map(v -> point(v.asJsonObject())).toList(),
          json.getJsonArray("municipalityIds").stream()
              .map(v -> ((JsonNumber) v).longValue())
              .collect(Collectors.toSet()),
          json.getJsonArray("postcodes").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .collect(Collectors.toSet()));
    }
  }

  /** A short Dutch description for the dossier, e.g. "cirkel van 2000 m rond 52.09070, 5.12140". */
  public static String describe(AreaSpecification area) {
    return switch (area.kind()) {
      case CIRCLE ->
          "cirkel van "
              + area.radiusMetres()
              + " m rond "
              + String.format(
                  Locale.ROOT, "%.5f, %.5f", area.centre().latitude(), area.centre().longitude());
      case POLYGON -> "polygoon met " + area.polygon().size() + " hoekpunten";
      case MUNICIPALITIES -> "gemeenten " + sorted(area.municipalityIds());
      case POSTCODES -> "postcodes " + sorted(area.postcodes());
    };
  }

  private static String sorted(Set<?> values) {
    return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static JsonObjectBuilder point(GeoPoint point) {
    return Json.createObjectBuilder()
        .add("latitude", point.latitude())
        .add("longitude", point.longitude());
  }

  private static GeoPoint point(JsonObject json) {
    return new GeoPoint(
        json.getJsonNumber("latitude").doubleValue(),
        json.getJsonNumber("longitude").doubleValue());
  }
}

package nl.burgernet.participant.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer of the PDOK Locatieserver ({@code /free} with {@code fq=type:adres}): the address
 * documents with {@code centroide_ll} ("POINT(lon lat)"), {@code gemeentecode} ("0599"), {@code
 * straatnaam}, {@code woonplaatsnaam}, {@code huisletter} and {@code huisnummertoevoeging}.
 */
final class PdokResponse {

  private static final Pattern POINT =
      Pattern.compile("POINT\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");

  private PdokResponse() {}

  /**
   * The document of the dwelling with the addition asked for (letter and/or suffix, compared
   * without case and blanks), or the first one when no addition was asked; empty when nothing fits.
   */
  static Optional<Location> parse(String json, String addition) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject response = reader.readObject().getJsonObject("response");
      if (response == null) {
        return Optional.empty();
      }
      List<JsonObject> docs = response.getJsonArray("docs").getValuesAs(JsonObject.class);
      String wanted = normalise(addition);
      return docs.stream()
          .filter(doc -> wanted.isEmpty() || wanted.equals(additionOf(doc)))
          .findFirst()
          .flatMap(PdokResponse::location);
    } catch (JsonException | ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("not a Locatieserver answer", e);
    }
  }

  private static Optional<Location> location(JsonObject doc) {
    Matcher point = POINT.matcher(doc.getString("centroide_ll", ""));
    String code = doc.getString("gemeentecode", "");
    if (!point.matches() || !code.matches("[0-9]{4}")) {
      return Optional.empty();
    }
    return Optional.of(
        new Location(
            Double.parseDouble(point.group(2)),
            Double.parseDouble(point.group(1)),
            "GM" + code,
            doc.getString("straatnaam", null),
            doc.getString("woonplaatsnaam", null)));
  }

  private static String additionOf(JsonObject doc) {
    return normalise(doc.getString("huisletter", "") + doc.getString("huisnummertoevoeging", ""));
  }

  private static String normalise(String addition) {
    return addition == null ? "" : addition.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }
}

package nl.burgernet.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * Reads a request body that a resource takes as text, so that a body that is no JSON, or has a
 * field of the wrong type, is a problem document with a Dutch explanation like every other bad
 * input, and not the provider's own error page.
 */
public final class JsonBody {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonBody() {}

  public static <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("api.bodyRequired");
    }
    try {
      T value = JSONB.fromJson(body, type);
      if (value == null) {
        throw new InvalidInputException("api.bodyRequired");
      }
      return value;
    } catch (JsonbException | JsonException | IllegalArgumentException e) {
      // JSON-B reports some syntax errors as JSON-P's and some numbers as Java's own
      throw new InvalidInputException("api.bodyInvalid");
    }
  }
}

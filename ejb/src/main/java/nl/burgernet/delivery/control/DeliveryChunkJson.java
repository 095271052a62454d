package nl.burgernet.delivery.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;
import nl.burgernet.participant.entity.Channel;

/**
 * The JSON form of a chunk on the queue: {@code {"request":7,"channel":"SMS","deliveries":[...]}},
 * readable in the broker console and free of Java serialisation.
 */
public final class DeliveryChunkJson {

  // made once: Json.createXxx looks the JSON provider up again on every call (ServiceLoader), which
  // showed in a 200-chunk submit
  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private DeliveryChunkJson() {}

  public static String write(DeliveryChunk chunk) {
    JsonArrayBuilder ids = BUILDERS.createArrayBuilder();
    chunk.deliveryIds().forEach(ids::add);
    return BUILDERS
        .createObjectBuilder()
        .add("request", chunk.requestId())
        .add("channel", chunk.channel().name())
        .add("deliveries", ids)
        .build()
        .toString();
  }

  /**
   * Reads a chunk; anything else is refused with {@link IllegalArgumentException}, which sends the
   * message back to the broker and, after the last redelivery, to the dead-letter queue.
   */
  public static DeliveryChunk read(String json) {
    try (JsonReader reader = READERS.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      return new DeliveryChunk(
          object.getJsonNumber("request").longValueExact(),
          Channel.valueOf(object.getString("channel")),
          object.getJsonArray("deliveries").getValuesAs(JsonNumber.class).stream()
              .map(JsonNumber::longValueExact)
              .toList());
    } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
      throw new IllegalArgumentException("not a delivery chunk: " + e.getMessage(), e);
    }
  }
}

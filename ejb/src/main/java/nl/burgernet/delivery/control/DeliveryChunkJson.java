package nl.burgernet.delivery.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import nl.burgernet.participant.entity.Channel;

/**
 * The JSON form of a chunk on the queue: {@code {"request":7,"channel":"SMS","deliveries":[...]}},
 * readable in the broker console and free of Java serialisation.
 */
public final class DeliveryChunkJson {

  private DeliveryChunkJson() {}

  public static String write(DeliveryChunk chunk) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    chunk.deliveryIds().forEach(ids::add);
    return Json.createObjectBuilder()
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
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
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

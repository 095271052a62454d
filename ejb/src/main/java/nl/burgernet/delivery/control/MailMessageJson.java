package nl.burgernet.delivery.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import nl.burgernet.delivery.entity.MailMessage;

/**
 * The JSON form of a mail on the queue: small, readable in the broker console, and independent of
 * Java serialisation so that producer and consumer can be deployed apart.
 */
public final class MailMessageJson {

  private MailMessageJson() {}

  public static String write(MailMessage message) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("to", message.to())
            .add("subject", message.subject())
            .add("body", message.body());
    addIfPresent(json, "html", message.html());
    addIfPresent(json, "recipientName", message.recipientName());
    addIfPresent(json, "unsubscribeLink", message.unsubscribeLink());
    return json.build().toString();
  }

  private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  /**
   * Reads a mail; anything else is refused with {@link IllegalArgumentException}, which sends the
   * message back to the broker and, after the last redelivery, to the dead-letter queue.
   */
  public static MailMessage read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      return new MailMessage(
          object.getString("to"),
          object.getString("subject"),
          object.getString("body"),
          object.getString("html", null),
          object.getString("recipientName", null),
          object.getString("unsubscribeLink", null));
    } catch (JsonException | ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("not a mail message: " + e.getMessage(), e);
    }
  }
}

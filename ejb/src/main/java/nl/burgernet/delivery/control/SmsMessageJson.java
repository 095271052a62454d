package nl.burgernet.delivery.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import nl.burgernet.delivery.entity.SmsMessage;

/** The JSON form of an SMS on the queue, like {@link MailMessageJson}. */
public final class SmsMessageJson {

  private SmsMessageJson() {}

  public static String write(SmsMessage message) {
    return Json.createObjectBuilder()
        .add("to", message.to())
        .add("text", message.text().text())
        .build()
        .toString();
  }

  /**
   * Reads an SMS; anything else is refused with {@link IllegalArgumentException}, which sends the
   * message back to the broker and, after the last redelivery, to the dead-letter queue.
   */
  public static SmsMessage read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      return new SmsMessage(object.getString("to"), object.getString("text"));
    } catch (JsonException | ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("not an SMS message: " + e.getMessage(), e);
    }
  }
}

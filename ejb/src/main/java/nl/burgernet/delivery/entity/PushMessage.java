package nl.burgernet.delivery.entity;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;

/**
 * One app notification, as the participant's service worker receives it (after decryption): JSON
 * {@code {"title":...,"body":...,"request":7,"urgent":true}}, small enough for one push message
 * (RFC 8291 allows 3,993 bytes of plain text per record).
 *
 * @param body may be null: the title alone is the notification
 * @param requestId the send request, so the app can open it or report a tip about it
 * @param urgent time-critical: pushed with Urgency high
 */
public record PushMessage(String title, String body, long requestId, boolean urgent) {

  /** What fits in one aes128gcm record after the padding delimiter and the 16-byte tag. */
  public static final int MAXIMUM_BYTES = 3993;

  public PushMessage {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("an app notification needs a title");
    }
    if (payload(title, body, requestId, urgent).length > MAXIMUM_BYTES) {
      throw new IllegalArgumentException("an app notification has at most 3993 bytes");
    }
  }

  /** The plain text that the push gateway encrypts. */
  public byte[] payload() {
    return payload(title, body, requestId, urgent);
  }

  private static byte[] payload(String title, String body, long requestId, boolean urgent) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("title", title);
    if (body != null && !body.isBlank()) {
      json.add("body", body);
    }
    return json.add("request", requestId)
        .add("urgent", urgent)
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }
}

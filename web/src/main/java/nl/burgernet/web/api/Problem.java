package nl.burgernet.web.api;

import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** An RFC 9457 problem document with a Dutch explanation from the portal's bundle. */
public record Problem(String type, String title, int status, String detail) {

  static final String MEDIA_TYPE = "application/problem+json";

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  static Response response(Response.Status status, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(
            new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail))
        .build();
  }

  static String text(String key, List<Object> arguments) {
    try {
      String pattern = ResourceBundle.getBundle("nl.burgernet.web.messages", DUTCH).getString(key);
      return new MessageFormat(pattern, DUTCH).format(arguments.toArray());
    } catch (MissingResourceException e) {
      return key;
    }
  }
}

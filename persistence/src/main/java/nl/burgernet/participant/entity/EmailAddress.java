package nl.burgernet.participant.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address a participant can be reached at: one local part, one domain with a dot, at most
 * 254 characters. The domain is kept in lower case, so that the same address is recognised
 * whichever way it was typed.
 */
public record EmailAddress(String value) {

  public static final int MAXIMUM_LENGTH = 254;

  private static final Pattern SHAPE =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

  public EmailAddress {
    if (value == null) {
      throw new IllegalArgumentException("an e-mail address is required");
    }
    String stripped = value.strip();
    if (stripped.length() > MAXIMUM_LENGTH
        || !SHAPE.matcher(stripped).matches()
        || stripped.startsWith(".")
        || stripped.contains("..")
        || stripped.contains(".@")) {
      throw new IllegalArgumentException("not an e-mail address");
    }
    int at = stripped.lastIndexOf('@');
    value = stripped.substring(0, at) + "@" + stripped.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  public static EmailAddress of(String input) {
    return new EmailAddress(input);
  }

  public static boolean isValid(String input) {
    try {
      of(input);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** For logs and screens that must not show the address: "j***@example.nl". */
  public String masked() {
    int at = value.indexOf('@');
    return value.charAt(0) + "***" + value.substring(at);
  }

  @Override
  public String toString() {
    return value;
  }
}

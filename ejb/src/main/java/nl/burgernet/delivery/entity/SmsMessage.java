package nl.burgernet.delivery.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One SMS to one mobile number, as it travels over the SMS queue.
 *
 * @param to the recipient in E.164 form, e.g. {@code +31612345678}
 * @param text what the recipient reads
 */
public record SmsMessage(String to, SmsText text) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  public SmsMessage {
    if (to == null || !E164.matcher(to).matches()) {
      throw new IllegalArgumentException(
          "an SMS needs a phone number in E.164 form (+31612345678)");
    }
    Objects.requireNonNull(text, "text");
  }

  public SmsMessage(String to, String text) {
    this(to, SmsText.of(text));
  }
}

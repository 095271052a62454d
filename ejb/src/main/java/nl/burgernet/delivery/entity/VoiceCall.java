package nl.burgernet.delivery.entity;

import java.util.regex.Pattern;

/**
 * One text-to-speech call to one phone number. A Burgernet voice message is read twice, with a
 * short announcement between, so a listener who missed the start still hears all of it: that rule
 * lives here, in {@link #spokenText()}.
 *
 * @param to the number in E.164 form, mobile or landline
 * @param script what is said, once
 * @param reference ours, for the provider's logs (the delivery id)
 */
public record VoiceCall(String to, String script, String reference) {

  /** Said between the two readings. */
  public static final String REPEAT_ANNOUNCEMENT = "Ik herhaal het bericht.";

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  public VoiceCall {
    if (to == null || !E164.matcher(to).matches()) {
      throw new IllegalArgumentException("a call needs a phone number in E.164 form");
    }
    if (script == null || script.isBlank()) {
      throw new IllegalArgumentException("a call needs a script");
    }
  }

  /** The script, the announcement, the script again. */
  public String spokenText() {
    String once = script.strip();
    return once + " " + REPEAT_ANNOUNCEMENT + " " + once;
  }
}

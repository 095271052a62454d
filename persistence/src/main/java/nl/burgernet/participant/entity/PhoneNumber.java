package nl.burgernet.participant.entity;

import java.util.regex.Pattern;

/**
 * A telephone number in E.164 form ("+31612345678"), the only form in which Burgernet stores and
 * dials numbers. It refuses anything that is not E.164; turning what a citizen types ("06-12 34 56
 * 78") into this form, and checking that the number exists and is of the right kind, is done by
 * libphonenumber in the participant component ({@code PhoneNumbers}).
 */
public record PhoneNumber(String e164) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

  /** Dutch numbers have nine digits after the country code. */
  private static final Pattern DUTCH = Pattern.compile("\\+31[1-9][0-9]{8}");

  public PhoneNumber {
    if (e164 == null || !E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("not a telephone number in E.164 form");
    }
    if (e164.startsWith("+31") && !DUTCH.matcher(e164).matches()) {
      throw new IllegalArgumentException("a Dutch number has nine digits after +31");
    }
  }

  public static PhoneNumber of(String e164) {
    return new PhoneNumber(e164);
  }

  /** For logs and screens that must not show the number: "+316*****678". */
  public String masked() {
    return e164.substring(0, 4) + "*".repeat(e164.length() - 7) + e164.substring(e164.length() - 3);
  }

  @Override
  public String toString() {
    return e164;
  }
}

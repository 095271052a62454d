package nl.burgernet.participant.entity;

import java.util.regex.Pattern;

/**
 * How to reach a participant: a name and at least one of mobile number, landline number and e-mail
 * address. The words of the name are separated by single spaces, which the search by the start of a
 * word relies on (the database splits the name at spaces).
 */
public record ContactDetails(
    String name, PhoneNumber mobile, PhoneNumber landline, EmailAddress email) {

  // compiled once: a participant's details are made anew each time they are asked for, and a bulk
  // import asks for them several times a row
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  public ContactDetails {
    if (name == null || name.isBlank() || name.strip().length() > Participant.NAME_LENGTH) {
      throw new IllegalArgumentException("a name of at most 120 characters is required");
    }
    name = isSpacedOnce(name) ? name : BLANKS.matcher(name.strip()).replaceAll(" ");
    if (mobile == null && landline == null && email == null) {
      throw new IllegalArgumentException("a participant needs a telephone number or e-mail");
    }
  }

  /**
   * Whether the name's only blanks are single spaces between words, so normalising would keep it as
   * it is: true for nearly every name, and far cheaper than the regular expression.
   */
  private static boolean isSpacedOnce(String name) {
    char previous = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return previous != ' ';
  }

  public boolean hasPhone() {
    return mobile != null || landline != null;
  }
}

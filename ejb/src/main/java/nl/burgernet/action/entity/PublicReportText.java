package nl.burgernet.action.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a public action report may not say: it is for everyone, so it names nobody and gives no way
 * to reach anyone, and it does not repeat the operational description (signalement) that went to
 * the participants while the search was on.
 */
public final class PublicReportText {

  /** Why a text was refused, as a bundle key suffix. */
  public enum Problem {
    EMAIL_ADDRESS,
    PHONE_NUMBER,
    DESCRIPTION
  }

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[a-zA-Z]{2,}");

  /** Eight digits or more, with or without spaces, dashes, dots or a leading plus in between. */
  private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s.\\-()]?\\d){7,}");

  private PublicReportText() {}

  /**
   * @param description the action's description, which the report must not repeat
   */
  public static Optional<Problem> problemOf(String text, String description) {
    if (text == null) {
      return Optional.empty();
    }
    if (EMAIL.matcher(text).find()) {
      return Optional.of(Problem.EMAIL_ADDRESS);
    }
    if (PHONE.matcher(text).find()) {
      return Optional.of(Problem.PHONE_NUMBER);
    }
    if (description != null
        && !description.isBlank()
        && text.toLowerCase(Locale.ROOT).contains(description.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of(Problem.DESCRIPTION);
    }
    return Optional.empty();
  }
}

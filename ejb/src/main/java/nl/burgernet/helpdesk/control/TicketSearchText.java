package nl.burgernet.helpdesk.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff type in the ticket list's search box: part of a subject, or a ticket's number as they
 * know it (42, HD-42, hd42).
 */
public final class TicketSearchText {

  /** The escape character of {@link #subjectPattern}. */
  public static final char ESCAPE = '\\';

  private static final Pattern LIKE_WILDCARDS = Pattern.compile("[\\\\%_]");

  private static final Pattern NUMBER = Pattern.compile("(?i)(?:HD-?)?(\\d{1,18})");

  private TicketSearchText() {}

  /** A LIKE pattern for lower-cased subjects that contain the text as typed, wildcards and all. */
  public static String subjectPattern(String text) {
    String literal =
        LIKE_WILDCARDS
            .matcher(text.strip().toLowerCase(Locale.ROOT))
            .replaceAll(Matcher.quoteReplacement(String.valueOf(ESCAPE)) + "$0");
    return "%" + literal + "%";
  }

  /** The ticket id the text names, when it is a number. */
  public static Optional<Long> ticketId(String text) {
    Matcher number = NUMBER.matcher(text.strip());
    return number.matches() ? Optional.of(Long.valueOf(number.group(1))) : Optional.empty();
  }
}

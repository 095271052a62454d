package nl.burgernet.delivery.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mailto form of the one-click unsubscribe (RFC 2369 {@code List-Unsubscribe}): a mail to the
 * bounce mailbox whose subject is {@link #SUBJECT} followed by the participant's unsubscribe link.
 */
final class UnsubscribeMail {

  static final String SUBJECT = "afmelden ";

  /** The unsubscribe token as the participant's link carries it: 43 URL-safe characters. */
  private static final Pattern TOKEN =
      Pattern.compile("token=([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])");

  private UnsubscribeMail() {}

  /** The unsubscribe token in the subject of such a mail, if it is one. */
  static Optional<String> tokenIn(String subject) {
    if (subject == null || !subject.strip().toLowerCase().startsWith(SUBJECT.strip())) {
      return Optional.empty();
    }
    Matcher matcher = TOKEN.matcher(subject);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}

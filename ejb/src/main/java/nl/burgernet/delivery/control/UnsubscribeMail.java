package nl.burgernet.delivery.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.delivery.entity.UnsubscribeByMail;
import nl.burgernet.participant.entity.UnsubscribeLinks;

/**
 * The mailto form of the one-click unsubscribe (RFC 2369 {@code List-Unsubscribe}): a mail to the
 * bounce mailbox whose subject is {@link #SUBJECT} followed by the participant's unsubscribe link.
 */
final class UnsubscribeMail {

  static final String SUBJECT = "afmelden ";

  /** The unsubscribe token as the participant's link carries it: 43 URL-safe characters. */
  private static final Pattern TOKEN =
      Pattern.compile("token=([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])");

  /** The delivery the link names, if it names one. */
  private static final Pattern DELIVERY =
      Pattern.compile("[?&]" + UnsubscribeLinks.DELIVERY + "=(\\d{1,18})(?!\\d)");

  private UnsubscribeMail() {}

  /** The request in the subject of such a mail, if it is one. */
  static Optional<UnsubscribeByMail> requestIn(String subject) {
    if (subject == null || !subject.strip().toLowerCase().startsWith(SUBJECT.strip())) {
      return Optional.empty();
    }
    Matcher token = TOKEN.matcher(subject);
    if (!token.find()) {
      return Optional.empty();
    }
    Matcher delivery = DELIVERY.matcher(subject);
    return Optional.of(
        new UnsubscribeByMail(
            token.group(1), delivery.find() ? Long.valueOf(delivery.group(1)) : null));
  }
}

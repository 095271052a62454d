package nl.burgernet.delivery.control;

import java.util.Objects;
import java.util.Optional;

/**
 * What a bounce says about one recipient of one of our mails.
 *
 * @param recipient the address the mail could not reach
 * @param permanent whether the receiving side gave up for good (a 5.x.x status)
 * @param diagnostic what the receiving server said, for staff
 * @param originalMessageId the Message-ID of our mail, without angle brackets, when the bounce
 *     quotes it
 */
public record Bounce(
    String recipient, boolean permanent, String diagnostic, String originalMessageId) {

  public Bounce {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(diagnostic, "diagnostic");
  }

  public Optional<String> messageId() {
    return Optional.ofNullable(originalMessageId);
  }
}

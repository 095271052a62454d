package nl.burgernet.delivery.entity;

import java.util.Objects;

/** One plain-text e-mail to one recipient, as it travels over the mail queue. */
public record MailMessage(String to, String subject, String body) {

  public MailMessage {
    if (to == null || to.isBlank() || !to.contains("@")) {
      throw new IllegalArgumentException("a mail needs a recipient address");
    }
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}

package nl.burgernet.systemtest;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/** What the test run's SMTP server received. */
final class MailBox {

  private MailBox() {}

  static MimeMessage awaitMessageTo(String address, Duration timeout) {
    return awaitMessageTo(address, message -> true, "no mail to " + address, timeout);
  }

  /** The first message with this subject the address received. */
  static MimeMessage awaitMessageTo(String address, String subject, Duration timeout) {
    return awaitMessageTo(
        address,
        message -> subject.equals(subjectOf(message)),
        "no mail '" + subject + "' to " + address,
        timeout);
  }

  private static MimeMessage awaitMessageTo(
      String address, Predicate<MimeMessage> wanted, String failure, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      Optional<MimeMessage> found =
          LocalPeersForTests.peers().mailServer().getReceivedMessages().stream()
              .filter(message -> isAddressedTo(message, address))
              .filter(wanted)
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      sleep();
    }
    throw new AssertionError(failure + " within " + timeout);
  }

  static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String textOf(MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every text part of the message (plain and HTML), decoded, each with its content type. */
  static String partsOf(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (!(content instanceof Multipart multipart)) {
        return message.getContentType() + "\n" + content;
      }
      StringBuilder parts = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        parts.append(part.getContentType()).append('\n').append(part.getContent()).append('\n');
      }
      return parts.toString();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many messages the mail server received for the address. */
  static long countTo(String address) {
    return LocalPeersForTests.peers().mailServer().getReceivedMessages().stream()
        .filter(message -> isAddressedTo(message, address))
        .count();
  }

  private static boolean isAddressedTo(MimeMessage message, String address) {
    try {
      return message.getRecipients(Message.RecipientType.TO) != null
          && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
              .map(recipient -> ((InternetAddress) recipient).getAddress())
              .anyMatch(address::equalsIgnoreCase);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

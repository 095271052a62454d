package nl.burgernet.delivery.control;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bounces: delivery status notifications (RFC 3464, {@code multipart/report;
 * report-type=delivery-status}) field by field, and the plain-text bounces some servers still send
 * by their status codes and quoted headers. Reports that only say a mail is delayed, and mails that
 * are no bounce (auto-replies, people writing to the address), give nothing.
 */
public final class BounceParser {

  private static final Pattern ENHANCED_STATUS =
      Pattern.compile("\\b([245])\\.\\d{1,3}\\.\\d{1,3}\\b");
  private static final Pattern SMTP_REPLY = Pattern.compile("(?m)\\b([45])\\d\\d[ -]");
  private static final Pattern ADDRESS =
      Pattern.compile("<?([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})>?");
  private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*<([^>\\s]+)>");
  private static final Pattern BOUNCE_SUBJECT =
      Pattern.compile(
          "(?i)undeliver|delivery (status|failure|has failed)|returned mail|failure notice"
              + "|mail delivery|niet (bezorgd|afgeleverd)|onbestelbaar");
  private static final Pattern BOUNCE_SENDER = Pattern.compile("(?i)mailer-daemon|postmaster");

  private static final int DIAGNOSTIC_LENGTH = 400;

  private BounceParser() {}

  /**
   * The failed recipients the message reports.
   *
   * @param ownAddresses our own addresses (sender, bounce mailbox), never taken for the recipient
   *     of a plain-text bounce
   */
  public static List<Bounce> parse(MimeMessage message, List<String> ownAddresses)
      throws MessagingException, IOException {
    if (message.isMimeType("multipart/report")) {
      Multipart report = (Multipart) message.getContent();
      Optional<BodyPart> status = partOfType(report, "message/delivery-status");
      if (status.isPresent()) {
        return fromStatus(status.get(), originalMessageId(report));
      }
    }
    return isPlainBounce(message) ? fromText(message, ownAddresses) : List.of();
  }

  private static List<Bounce> fromStatus(Part status, String originalMessageId)
      throws MessagingException, IOException {
    List<Bounce> bounces = new ArrayList<>();
    try (InputStream fields = status.getInputStream()) {
      new InternetHeaders(fields); // the per-message fields: the reporting MTA, its arrival date
      while (true) {
        InternetHeaders recipient = new InternetHeaders(fields);
        if (!recipient.getAllHeaders().hasMoreElements()) {
          return bounces;
        }
        field(recipient, "Final-Recipient")
            .or(() -> field(recipient, "Original-Recipient"))
            .map(BounceParser::addressOfType)
            .filter(address -> isFailure(recipient))
            .ifPresent(
                address -> {
                  String code = field(recipient, "Status").orElse("");
                  String diagnostic =
                      field(recipient, "Diagnostic-Code")
                          .map(BounceParser::withoutType)
                          .orElse("status " + code);
                  bounces.add(
                      new Bounce(
                          address, code.startsWith("5"), shortened(diagnostic), originalMessageId));
                });
      }
    }
  }

  /** "failed" recipients only: "delayed", "delivered", "relayed" and "expanded" are no bounce. */
  private static boolean isFailure(InternetHeaders recipient) {
    return field(recipient, "Action").map(a -> a.equalsIgnoreCase("failed")).orElse(false);
  }

  /** The Message-ID in the returned message or its returned headers, if the report has either. */
  private static String originalMessageId(Multipart report) throws MessagingException, IOException {
    Optional<BodyPart> original = partOfType(report, "message/rfc822", "text/rfc822-headers");
    if (original.isEmpty()) {
      return null;
    }
    try (InputStream headers = original.get().getInputStream()) {
      String[] ids = new InternetHeaders(headers).getHeader("Message-ID");
      return ids == null ? null : bare(ids[0]);
    }
  }

  private static boolean isPlainBounce(MimeMessage message) throws MessagingException {
    String subject = message.getSubject() == null ? "" : message.getSubject();
    String[] from = message.getHeader("From");
    return BOUNCE_SUBJECT.matcher(subject).find()
        || (from != null && BOUNCE_SENDER.matcher(from[0]).find());
  }

  /**
   * A plain-text bounce: failed when it has a 4.x.x/5.x.x status or a 4xx/5xx reply; the recipient
   * is the first address in the text that is not ours.
   */
  private static List<Bounce> fromText(MimeMessage message, List<String> ownAddresses)
      throws MessagingException, IOException {
    String text = textOf(message);
    Matcher status = ENHANCED_STATUS.matcher(text);
    if (!status.find()) {
      status = SMTP_REPLY.matcher(text);
      if (!status.find()) {
        return List.of();
      }
    }
    String statusClass = status.group(1);
    if (statusClass.equals("2")) {
      return List.of();
    }
    String diagnostic = shortened(lineAt(text, status.start()));
    Matcher quotedId = MESSAGE_ID.matcher(text);
    String messageId = quotedId.find() ? quotedId.group(1) : null;
    Matcher address = ADDRESS.matcher(text);
    while (address.find()) {
      String candidate = address.group(1);
      if (ownAddresses.stream().noneMatch(candidate::equalsIgnoreCase)
          && (messageId == null || !messageId.equalsIgnoreCase(candidate))) {
        return List.of(new Bounce(candidate, statusClass.equals("5"), diagnostic, messageId));
      }
    }
    return List.of();
  }

  private static String lineAt(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    return text.substring(start, end < 0 ? text.length() : end).strip();
  }

  /** The text of the message: its own body, or the text parts of a multipart, one after another. */
  private static String textOf(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/*")) {
      try (InputStream in = part.getInputStream()) {
        return new String(in.readAllBytes(), charsetOf(part));
      }
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        text.append(textOf(multipart.getBodyPart(i))).append('\n');
      }
      return text.toString();
    }
    if (part.isMimeType("message/rfc822")) {
      try (InputStream in = part.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static Charset charsetOf(Part part) throws MessagingException {
    try {
      String charset = new ContentType(part.getContentType()).getParameter("charset");
      return charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
    } catch (ParseException | RuntimeException unknownCharset) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The first part of one of the types. */
  private static Optional<BodyPart> partOfType(Multipart multipart, String... types)
      throws MessagingException {
    for (int i = 0; i < multipart.getCount(); i++) {
      for (String type : types) {
        if (multipart.getBodyPart(i).isMimeType(type)) {
          return Optional.of(multipart.getBodyPart(i));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> field(InternetHeaders headers, String name) {
    String value = headers.getHeader(name, " ");
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(value.replaceAll("\\s+", " ").strip());
  }

  /** "rfc822; jan@example.nl" gives "jan@example.nl"; other address types give nothing. */
  private static String addressOfType(String value) {
    int semicolon = value.indexOf(';');
    if (semicolon < 0 || !value.substring(0, semicolon).strip().equalsIgnoreCase("rfc822")) {
      return null;
    }
    return bare(value.substring(semicolon + 1)).toLowerCase(Locale.ROOT);
  }

  /** "smtp; 550 5.1.1 no such user" gives "550 5.1.1 no such user". */
  private static String withoutType(String value) {
    int semicolon = value.indexOf(';');
    return semicolon < 0 ? value : value.substring(semicolon + 1).strip();
  }

  private static String bare(String value) {
    String stripped = value.strip();
    if (stripped.startsWith("<") && stripped.endsWith(">")) {
      return stripped.substring(1, stripped.length() - 1).strip();
    }
    return stripped;
  }

  private static String shortened(String text) {
    return text.length() <= DIAGNOSTIC_LENGTH
        ? text
        : text.substring(0, DIAGNOSTIC_LENGTH - 1) + "…";
  }
}

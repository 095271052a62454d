package nl.burgernet.delivery.entity;

import java.util.Objects;

/**
 * One e-mail to one recipient, as it travels over the mail queue: a plain-text body and, when
 * given, an HTML alternative of it. A mail to a participant also names them and carries their
 * unsubscribe link: the gateway fills the placeholders {@value #NAME} and {@value
 * #UNSUBSCRIBE_LINK} in subject and bodies with them ({@link #personalised()}) and offers the link
 * in the {@code List-Unsubscribe} headers.
 *
 * @param html the HTML alternative of {@code body}, or {@code null}
 * @param recipientName the participant's name, or {@code null} for a mail to someone else
 * @param unsubscribeLink the participant's one-click unsubscribe link, or {@code null}
 */
public record MailMessage(
    String to,
    String subject,
    String body,
    String html,
    String recipientName,
    String unsubscribeLink) {

  /** Placeholder for the participant's name. */
  public static final String NAME = "{{naam}}";

  /** Placeholder for the participant's personal unsubscribe link. */
  public static final String UNSUBSCRIBE_LINK = "{{afmeldlink}}";

  /**
   * Placeholder for the recipient's personal answer link ({@link DeliveryLink#ANSWER}), filled in
   * by the pipeline for each delivery with {@link #withAnswerLink}.
   */
  public static final String ANSWER_LINK = "{{antwoordlink}}";

  /**
   * Placeholder, in the HTML only, for the open pixel of a mail whose region counts opens: the
   * pipeline puts the delivery's own pixel ({@link DeliveryLink#OPEN_PIXEL}) in its place with
   * {@link #withOpenPixel}; a mail read otherwise (preview, test mail) loses it unfilled.
   */
  public static final String OPEN_PIXEL = "{{openpixel}}";

  public MailMessage {
    if (to == null || to.isBlank() || !to.contains("@")) {
      throw new IllegalArgumentException("a mail needs a recipient address");
    }
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    html = html == null || html.isBlank() ? null : html;
  }

  /** A plain-text mail to someone who is no participant (staff, say). */
  public MailMessage(String to, String subject, String body) {
    this(to, subject, body, null, null, null);
  }

  public MailMessage withHtml(String alternative) {
    return new MailMessage(to, subject, body, alternative, recipientName, unsubscribeLink);
  }

  /** The same mail as one to a participant, with their name and unsubscribe link. */
  public MailMessage toParticipant(String name, String link) {
    return new MailMessage(to, subject, body, html, name, link);
  }

  /** Whether the mail has a place for the recipient's personal answer link. */
  public boolean asksForAnswer() {
    return body.contains(ANSWER_LINK) || (html != null && html.contains(ANSWER_LINK));
  }

  /** The same mail with the recipient's personal answer link in place of its placeholder. */
  public MailMessage withAnswerLink(String link) {
    return new MailMessage(
        to,
        subject.replace(ANSWER_LINK, link),
        body.replace(ANSWER_LINK, link),
        html == null ? null : html.replace(ANSWER_LINK, escaped(link)),
        recipientName,
        unsubscribeLink);
  }

  /** Whether the mail has a place for the recipient's open pixel. */
  public boolean countsOpens() {
    return html != null && html.contains(OPEN_PIXEL);
  }

  /** The same mail with an invisible image from the given address in place of its placeholder. */
  public MailMessage withOpenPixel(String address) {
    return withHtml(
        html.replace(
            OPEN_PIXEL,
            "<img src=\""
                + escaped(address)
                + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">"));
  }

  /** Whether the mail goes to a participant, who can unsubscribe from it. */
  public boolean isUnsubscribable() {
    return unsubscribeLink != null && !unsubscribeLink.isBlank();
  }

  /**
   * The mail as its recipient reads it: the placeholders replaced by the name and link (by nothing
   * when the mail has none), escaped in the HTML alternative so a name never becomes markup; an
   * open pixel not filled in is left out.
   */
  public MailMessage personalised() {
    String name = recipientName == null ? "" : recipientName;
    String link = unsubscribeLink == null ? "" : unsubscribeLink;
    return new MailMessage(
        to,
        fill(subject, name, link),
        fill(body, name, link),
        html == null ? null : fill(html, escaped(name), escaped(link)).replace(OPEN_PIXEL, ""),
        recipientName,
        unsubscribeLink);
  }

  private static String fill(String text, String name, String link) {
    return text.replace(NAME, name).replace(UNSUBSCRIBE_LINK, link);
  }

  private static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}

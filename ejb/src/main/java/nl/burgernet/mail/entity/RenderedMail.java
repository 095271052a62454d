package nl.burgernet.mail.entity;

import nl.burgernet.delivery.entity.MailMessage;

/**
 * A mail as it goes out: subject, the complete HTML and its plain-text alternative, with the
 * per-recipient placeholders ({@link MailMessage#NAME}, {@link MailMessage#UNSUBSCRIBE_LINK}) that
 * the mail gateway fills in.
 */
public record RenderedMail(String subject, String html, String text) {

  /**
   * The mail to one address, placeholders still in it: the gateway or {@link #asReadBy} fills them.
   */
  public MailMessage to(String address) {
    return new MailMessage(address, subject, text).withHtml(html);
  }

  /** The mail as the named reader sees it, filled in exactly as the gateway does. */
  public RenderedMail asReadBy(String address, String name, String unsubscribeLink) {
    MailMessage read = to(address).toParticipant(name, unsubscribeLink).personalised();
    return new RenderedMail(read.subject(), read.html(), read.body());
  }
}

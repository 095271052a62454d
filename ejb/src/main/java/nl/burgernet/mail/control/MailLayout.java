package nl.burgernet.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.mail.entity.HouseStyle;
import nl.burgernet.mail.entity.MailContent;
import nl.burgernet.mail.entity.RenderedMail;

/**
 * Puts a mail's sanitised body in the municipality's house style: a coloured band with the sender's
 * name, the body, the signature, and a footer that says why the reader gets it, with the
 * unsubscribe link. Styles are inline, because mail programs drop style sheets. No images are
 * loaded from our servers, except the open pixel of a region that counts opens; then the footer
 * says so instead of promising none.
 */
@ApplicationScoped
public class MailLayout {

  @Inject MailSanitizer sanitizer;

  public MailLayout() {}

  MailLayout(MailSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("nl.burgernet.mail.control.MailLayout", DUTCH);

  /**
   * @param countedBy the region (eenheid) that counts the mail's opens; empty: nobody does
   */
  public RenderedMail render(MailContent content, HouseStyle style, Optional<String> countedBy) {
    return new RenderedMail(
        content.subject(), document(content, style, countedBy), text(content, style, countedBy));
  }

  /**
   * The mail's visible part, for a preview inside a page; the open pixel, which nobody sees, is not
   * part of it.
   */
  public String card(MailContent content, HouseStyle style, Optional<String> countedBy) {
    return "<div style=\"max-width:640px;margin:0 auto;background:#ffffff;"
        + "font-family:Arial,Helvetica,sans-serif;color:#1f2937;line-height:1.5;"
        + "border:1px solid #e5e7eb\">"
        + "<div style=\"background:"
        + style.getAccentColour()
        + ";color:#ffffff;padding:16px 24px;font-size:20px;font-weight:bold\">"
        + sanitizer.escape(style.getSenderName())
        + " <span style=\"font-weight:normal\">&middot; Burgernet</span></div>"
        + "<div style=\"padding:8px 24px 16px\">"
        + content.html()
        + "<p>"
        + sanitizer.escape(style.getSignature())
        + "</p></div>"
        + "<div style=\"padding:16px 24px;font-size:13px;color:#4b5563;"
        + "border-top:1px solid #e5e7eb\"><p style=\"margin:0 0 8px\">"
        + sanitizer.escape(footer(countedBy))
        + "</p><p style=\"margin:0\">"
        + TEXTS.getString("unsubscribe")
        + " <a href=\""
        + MailMessage.UNSUBSCRIBE_LINK
        + "\" style=\"color:#1f2937\">afmelden</a></p></div></div>";
  }

  private static String footer(Optional<String> countedBy) {
    return countedBy
        .map(region -> MessageFormat.format(TEXTS.getString("footer.opensCounted"), region))
        .orElseGet(() -> TEXTS.getString("footer"));
  }

  private String document(MailContent content, HouseStyle style, Optional<String> countedBy) {
    return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + sanitizer.escape(content.subject())
        + "</title></head><body style=\"margin:0;padding:16px;background:#f3f4f6\">"
        + card(content, style, countedBy)
        + (countedBy.isPresent() ? MailMessage.OPEN_PIXEL : "")
        + "</body></html>";
  }

  private String text(MailContent content, HouseStyle style, Optional<String> countedBy) {
    return style.getSenderName()
        + " - Burgernet\n\n"
        + content.text()
        + "\n\n"
        + style.getSignature()
        + "\n\n-- \n"
        + footer(countedBy)
        + "\n"
        + TEXTS.getString("unsubscribe")
        + " "
        + MailMessage.UNSUBSCRIBE_LINK
        + "\n";
  }
}

package nl.burgernet.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.mail.entity.HouseStyle;
import nl.burgernet.mail.entity.MailContent;
import nl.burgernet.mail.entity.RenderedMail;

/**
 * Puts a mail's sanitised body in the municipality's house style: a coloured band with the sender's
 * name, the body, the signature, and a footer that says why the reader gets it, with the
 * unsubscribe link. Styles are inline, because mail programs drop style sheets. No images are
 * loaded from our servers: no tracking pixels.
 */
@ApplicationScoped
public class MailLayout {

  @Inject MailSanitizer sanitizer;

  public MailLayout() {}

  MailLayout(MailSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  static final String FOOTER_TEXT =
      "U ontvangt deze e-mail omdat u deelnemer bent van Burgernet. Deze e-mail bevat geen"
          + " volgpixels.";

  static final String UNSUBSCRIBE_TEXT = "Geen e-mail van Burgernet meer ontvangen? Afmelden:";

  public RenderedMail render(MailContent content, HouseStyle style) {
    return new RenderedMail(content.subject(), document(content, style), text(content, style));
  }

  /** The mail's visible part, for a preview inside a page. */
  public String card(MailContent content, HouseStyle style) {
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
        + FOOTER_TEXT
        + "</p><p style=\"margin:0\">"
        + UNSUBSCRIBE_TEXT
        + " <a href=\""
        + MailMessage.UNSUBSCRIBE_LINK
        + "\" style=\"color:#1f2937\">afmelden</a></p></div></div>";
  }

  private String document(MailContent content, HouseStyle style) {
    return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + sanitizer.escape(content.subject())
        + "</title></head><body style=\"margin:0;padding:16px;background:#f3f4f6\">"
        + card(content, style)
        + "</body></html>";
  }

  private String text(MailContent content, HouseStyle style) {
    return style.getSenderName()
        + " - Burgernet\n\n"
        + content.text()
        + "\n\n"
        + style.getSignature()
        + "\n\n-- \n"
        + FOOTER_TEXT
        + "\n"
        + UNSUBSCRIBE_TEXT
        + " "
        + MailMessage.UNSUBSCRIBE_LINK
        + "\n";
  }
}

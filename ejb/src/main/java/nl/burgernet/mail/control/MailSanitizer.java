package nl.burgernet.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * Keeps only the markup a mail needs from what the editor posts: paragraphs, headings, emphasis,
 * lists, quotes and links. Images are left out: one loaded from elsewhere tells its server who
 * opened the mail (a tracking pixel), which the AVG rules out. The browser's editor is no defence
 * (anyone can post any HTML), and the HTML goes to thousands of mailboxes, so it is cleaned on the
 * server by the OWASP Java HTML Sanitizer: an allow-list that parses like a browser, is maintained
 * against known bypasses and drops scripts, event handlers, styles and forms.
 */
@ApplicationScoped
public class MailSanitizer {

  /** Quill (the editor behind p:textEditor) marks a bullet list item in an ordered list. */
  private static final Pattern LIST_KIND = Pattern.compile("bullet|ordered");

  private static final HtmlPolicyBuilder RULES =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "h2",
              "h3",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "ul",
              "ol",
              "li",
              "blockquote",
              "a")
          .allowAttributes("data-list")
          .matching(LIST_KIND)
          .onElements("li")
          .allowElements(MailSanitizer::bulletsAsBullets, "li")
          .allowUrlProtocols("https", "http", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer");

  private static final PolicyFactory POLICY = RULES.toFactory();

  /**
   * The sanitiser breaks up double braces against template injection in browsers; the two
   * placeholders the mail gateway fills per recipient are put back whole (they carry no markup).
   */
  private static final Map<String, String> PLACEHOLDERS =
      Map.of(
          "{<!-- -->{naam}}", MailMessage.NAME,
          "{<!-- -->{afmeldlink}}", MailMessage.UNSUBSCRIBE_LINK);

  /** The HTML with everything outside the allow-list removed. */
  public String sanitize(String html) {
    String clean = html == null ? "" : POLICY.sanitize(html);
    for (Map.Entry<String, String> placeholder : PLACEHOLDERS.entrySet()) {
      clean = clean.replace(placeholder.getKey(), placeholder.getValue());
    }
    return clean;
  }

  /**
   * The HTML with everything outside the allow-list removed, for a text that must say something (a
   * newsletter item, a template): one that is empty once cleaned is refused.
   */
  public String sanitizeRequired(String html) {
    String clean = sanitize(html);
    if (clean.isBlank()) {
      throw new InvalidInputException("mail.text.empty");
    }
    return clean;
  }

  /**
   * Quill writes a bulleted list as an ordered list whose items say {@code data-list="bullet"};
   * mail programs know nothing of that attribute, so such an item gets the style that shows a
   * bullet.
   */
  private static String bulletsAsBullets(String element, List<String> attributes) {
    int kind = attributes.indexOf("data-list");
    if (kind >= 0 && kind % 2 == 0 && "bullet".equals(attributes.get(kind + 1))) {
      attributes.add("style");
      attributes.add("list-style-type:disc");
    }
    return element;
  }

  /** Plain text (a name, a signature) as HTML text or attribute value. */
  public String escape(String text) {
    StringBuilder encoded = new StringBuilder(text.length() + 16);
    try {
      Encoding.encodeRcdataOnto(text, encoded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return encoded.toString();
  }

  /** Feeds the allowed parts of the HTML to the receiver, e.g. to write the text alternative. */
  void stream(String html, HtmlStreamEventReceiver receiver) {
    HtmlSanitizer.sanitize(html == null ? "" : html, RULES.build(receiver));
  }
}

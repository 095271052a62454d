package nl.burgernet.mail.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.mail.entity.HouseStyle;
import nl.burgernet.mail.entity.MailContent;
import nl.burgernet.mail.entity.RenderedMail;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What the composer's HTML becomes: cleaned HTML, a readable text alternative, the house style. */
class MailTextTest {

  private final MailSanitizer sanitizer = new MailSanitizer();
  private final PlainTextAlternative plainText = new PlainTextAlternative(sanitizer);
  private final MailLayout layout = new MailLayout(sanitizer);

  @Test
  void scripts_handlers_styles_images_and_foreign_links_are_removed() {
    String clean =
        sanitizer.sanitize(
            "<p onclick=\"steal()\" style=\"color:red\">Hallo <script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">klik</a> <a href=\"https://politie.nl\">politie</a>"
                + "</p><img src=\"https://x.nl/p.gif\" onerror=\"x()\"><iframe src=\"https://x\"></iframe>");

    assertThat(clean)
        .doesNotContain("script", "onclick", "style", "javascript", "onerror", "iframe", "<img")
        .contains("Hallo", "href=\"https://politie.nl\"", "noopener", "noreferrer");
  }

  @Test
  void the_editors_formatting_and_the_placeholders_are_kept_and_bullets_look_like_bullets() {
    String html =
        "<h2>Inbraken</h2><p><strong>Let op</strong> {{naam}}, <em>sluit</em> af.</p>"
            + "<ol><li data-list=\"bullet\">ramen</li><li data-list=\"ordered\">deuren</li></ol>"
            + "<p>{{afmeldlink}} {{anders}}</p>";

    assertThat(sanitizer.sanitize(html))
        .isEqualTo(
            "<h2>Inbraken</h2><p><strong>Let op</strong> {{naam}}, <em>sluit</em> af.</p>"
                + "<ol><li data-list=\"bullet\" style=\"list-style-type:disc\">ramen</li>"
                + "<li data-list=\"ordered\">deuren</li></ol>"
                + "<p>{{afmeldlink}} {<!-- -->{anders}}</p>");
  }

  @Test
  void a_text_that_must_say_something_is_refused_when_nothing_allowed_is_left() {
    assertThat(sanitizer.sanitizeRequired("<p>Sluit <b>af</b>.</p><script>x()</script>"))
        .isEqualTo("<p>Sluit <b>af</b>.</p>");
    assertThatThrownBy(() -> sanitizer.sanitizeRequired("<script>x()</script><img src=\"p.gif\">"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> assertThat(refused.getMessageKey()).isEqualTo("mail.text.empty"));
  }

  @Test
  void the_text_alternative_has_lines_bullets_numbers_and_link_addresses() {
    String text =
        plainText.of(
            "<h2>Inbraken in uw buurt</h2><p>Beste {{naam}},</p><p>Let op:<br>sluit af.</p>"
                + "<ol><li data-list=\"bullet\">ramen</li><li data-list=\"bullet\">deuren</li></ol>"
                + "<ol><li data-list=\"ordered\">bellen</li><li data-list=\"ordered\">wachten</li></ol>"
                + "<p>Meer op <a href=\"https://www.politie.nl\">de site</a> &amp; zo.</p>");

    assertThat(text)
        .isEqualTo(
            """
            Inbraken in uw buurt

            Beste {{naam}},

            Let op:
            sluit af.

            - ramen
            - deuren

            1. bellen
            2. wachten

            Meer op de site (https://www.politie.nl) & zo.""");
  }

  @Test
  void the_layout_wears_the_house_style_and_offers_the_unsubscribe_link_without_any_pixel() {
    HouseStyle rotterdam = new HouseStyle("#00811F", "Gemeente <Rotterdam>", "Team Veilig");
    RenderedMail mail =
        layout.render(
            new MailContent("Let op", "<p>Beste {{naam}},</p>", "Beste {{naam}},"),
            rotterdam,
            Optional.empty());

    RenderedMail read = mail.asReadBy("jan@example.nl", "Jan <Jansen>", "https://b.nl/afmelden/x");

    assertThat(read.html())
        .contains("background:#00811F", "Gemeente &lt;Rotterdam&gt;", "Team Veilig")
        .contains("Beste Jan &lt;Jansen&gt;,", "href=\"https://b.nl/afmelden/x\"")
        .doesNotContain("{{", "<img");
    assertThat(read.text())
        .contains("Beste Jan <Jansen>,", "Team Veilig", "Afmelden: https://b.nl/afmelden/x");
  }

  @Test
  void a_region_that_counts_opens_says_so_in_the_footer_and_leaves_room_for_the_pixel() {
    HouseStyle style = new HouseStyle("#00811F", "Gemeente Utrecht", "Team Veilig");
    MailContent content = new MailContent("Let op", "<p>Beste {{naam}},</p>", "Beste {{naam}},");

    RenderedMail counted = layout.render(content, style, Optional.of("Midden-Nederland"));
    RenderedMail uncounted = layout.render(content, style, Optional.empty());

    assertThat(counted.html())
        .contains("Burgernet Midden-Nederland telt hoe vaak deze e-mail wordt geopend")
        .contains(MailMessage.OPEN_PIXEL)
        .doesNotContain("geen volgpixels");
    assertThat(counted.text())
        .contains("Burgernet Midden-Nederland telt hoe vaak")
        .doesNotContain(MailMessage.OPEN_PIXEL);
    assertThat(layout.card(content, style, Optional.of("Midden-Nederland")))
        .as("the visible part, for previews")
        .contains("telt hoe vaak")
        .doesNotContain(MailMessage.OPEN_PIXEL);
    assertThat(uncounted.html())
        .contains("Deze e-mail bevat geen volgpixels.")
        .doesNotContain(MailMessage.OPEN_PIXEL, "telt hoe vaak");
  }
}

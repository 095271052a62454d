package nl.burgernet.delivery.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailMessageTest {

  private static final String LINK = "https://burgernet.nl/afmelden.xhtml?token=abc";

  @Test
  void name_and_unsubscribe_link_fill_the_placeholders_of_subject_and_bodies() {
    MailMessage mail =
        new MailMessage(
                "jan@example.nl",
                "{{naam}}, let op",
                "Beste {{naam}},\nAfmelden: {{afmeldlink}}\nGroet, {{naam}}")
            .withHtml("<p>Beste {{naam}}</p><a href=\"{{afmeldlink}}\">afmelden</a>")
            .toParticipant("Jan de Vries", LINK)
            .personalised();

    assertThat(mail.subject()).isEqualTo("Jan de Vries, let op");
    assertThat(mail.body())
        .isEqualTo("Beste Jan de Vries,\nAfmelden: " + LINK + "\nGroet, Jan de Vries");
    assertThat(mail.html())
        .isEqualTo("<p>Beste Jan de Vries</p><a href=\"" + LINK + "\">afmelden</a>");
  }

  @Test
  void a_name_is_escaped_in_the_html_alternative_so_it_never_becomes_markup() {
    MailMessage mail =
        new MailMessage("a@b.nl", "s", "Beste {{naam}}")
            .withHtml("<p>Beste {{naam}}</p>")
            .toParticipant("<script>&\"'", LINK)
            .personalised();

    assertThat(mail.body()).isEqualTo("Beste <script>&\"'");
    assertThat(mail.html()).isEqualTo("<p>Beste &lt;script&gt;&amp;&quot;&#39;</p>");
  }

  @Test
  void a_mail_to_no_participant_has_its_placeholders_emptied_and_no_unsubscribe_link() {
    MailMessage mail = new MailMessage("a@b.nl", "Hallo {{naam}}", "{{afmeldlink}}").personalised();

    assertThat(mail.subject()).isEqualTo("Hallo ");
    assertThat(mail.body()).isEmpty();
    assertThat(mail.isUnsubscribable()).isFalse();
  }

  @Test
  void the_answer_link_fills_its_placeholder_escaped_in_the_html_alternative() {
    String answer = "https://burgernet.nl/buurtonderzoek.xhtml?bericht=7&code=x-y";
    MailMessage mail =
        new MailMessage("a@b.nl", "Vragen", "Beantwoord: {{antwoordlink}}")
            .withHtml("<a href=\"{{antwoordlink}}\">Vragen beantwoorden</a>")
            .toParticipant("Jan", LINK);

    assertThat(mail.asksForAnswer()).isTrue();
    MailMessage personal = mail.withAnswerLink(answer).personalised();
    assertThat(personal.body()).isEqualTo("Beantwoord: " + answer);
    assertThat(personal.html()).contains("href=\"" + answer.replace("&", "&amp;") + "\"");
    assertThat(personal.asksForAnswer()).isFalse();
    assertThat(new MailMessage("a@b.nl", "s", "Geen vragen").asksForAnswer()).isFalse();
  }

  @Test
  void the_open_pixel_fills_its_place_in_the_html_and_is_left_out_when_not_filled() {
    String pixel = "https://burgernet.nl/burgernetmail/geopend?bericht=7&code=x-y";
    MailMessage mail =
        new MailMessage("a@b.nl", "Let op", "Sluit uw deur.")
            .withHtml("<p>Sluit uw deur.</p>{{openpixel}}")
            .toParticipant("Jan", LINK);

    assertThat(mail.countsOpens()).isTrue();
    assertThat(mail.withOpenPixel(pixel).personalised().html())
        .endsWith(
            "<img src=\""
                + pixel.replace("&", "&amp;")
                + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">");
    assertThat(mail.personalised().html())
        .as("a preview or test mail")
        .isEqualTo("<p>Sluit uw deur.</p>");
    assertThat(mail.withHtml("<p>Sluit uw deur.</p>").countsOpens()).isFalse();
  }
}

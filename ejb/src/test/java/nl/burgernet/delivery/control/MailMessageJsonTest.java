package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.burgernet.delivery.entity.MailMessage;
import org.junit.jupiter.api.Test;

class MailMessageJsonTest {

  @Test
  void a_mail_survives_the_trip_over_the_queue() {
    MailMessage mail = new MailMessage("a@b.nl", "Onderwerp é", "Regel 1\nRegel \"2\"");

    assertThat(MailMessageJson.read(MailMessageJson.write(mail))).isEqualTo(mail);
  }

  @Test
  void a_personal_mail_with_an_html_alternative_survives_the_trip_over_the_queue() {
    MailMessage mail =
        new MailMessage("a@b.nl", "Hallo {{naam}}", "Tekst")
            .withHtml("<p>Tekst</p>")
            .toParticipant("Jan", "https://burgernet.nl/afmelden.xhtml?token=x");

    assertThat(MailMessageJson.read(MailMessageJson.write(mail))).isEqualTo(mail);
  }

  @Test
  void text_that_is_no_mail_is_refused() {
    assertThatThrownBy(() -> MailMessageJson.read("dit is geen e-mailbericht"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MailMessageJson.read("{\"to\":\"a@b.nl\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> MailMessageJson.read("{\"to\":\"geen-adres\",\"subject\":\"s\",\"body\":\"b\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.burgernet.participant.control.MailText.Problem;
import nl.burgernet.participant.entity.ParticipantMailKind;
import org.junit.jupiter.api.Test;

class MailTextTest {

  @Test
  void placeholders_are_filled_in_once_and_values_are_taken_literally() {
    MailText text =
        new MailText("Hallo {naam}", "Beste {naam}, klik {link}. Kosten: $1 {onbekend}");

    MailText filled = text.fill(Map.of("naam", "Jan {link}", "link", "https://x/?a=1&b=$2"));

    assertThat(filled.subject()).isEqualTo("Hallo Jan {link}");
    assertThat(filled.body())
        .isEqualTo("Beste Jan {link}, klik https://x/?a=1&b=$2. Kosten: $1 {onbekend}");
  }

  @Test
  void a_confirmation_needs_its_link_and_the_unsubscribe_link_and_knows_no_other_placeholders() {
    assertThat(
            new MailText("Bevestig", "Beste {naam}, {link} {afmeldlink}")
                .problemFor(ParticipantMailKind.CONFIRM))
        .isEmpty();
    assertThat(
            new MailText("Bevestig", "Beste {naam}, {afmeldlink}")
                .problemFor(ParticipantMailKind.CONFIRM))
        .contains(new Problem(Problem.Kind.MISSING, "link"));
    assertThat(
            new MailText("Hoi {voornaam}", "{link} {afmeldlink}")
                .problemFor(ParticipantMailKind.CONFIRM))
        .contains(new Problem(Problem.Kind.UNKNOWN, "voornaam"));
    assertThat(
            new MailText("Afwijzing", "{reden} {link} {afmeldlink}")
                .problemFor(ParticipantMailKind.REJECTED))
        .contains(new Problem(Problem.Kind.UNKNOWN, "link"));
  }

  @Test
  void the_unsubscription_confirmation_needs_no_unsubscribe_link() {
    assertThat(
            new MailText("Afgemeld", "Beste {naam}, u bent afgemeld.")
                .problemFor(ParticipantMailKind.UNSUBSCRIBED))
        .isEmpty();
  }

  @Test
  void every_default_text_passes_its_own_check() {
    for (ParticipantMailKind kind : ParticipantMailKind.values()) {
      assertThat(MailTexts.byDefault(kind).problemFor(kind)).as(kind.name()).isEmpty();
    }
  }
}

package nl.burgernet.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A template always has something to start a mail with, and once retired stays retired. */
class MailTemplateTest {

  private final MailTemplate template =
      new MailTemplate(1L, MailKind.PREVENTION, " Inbraak ", " Let op ", "<p>Tekst</p>");

  @Test
  void a_change_keeps_the_names_without_surrounding_spaces_and_a_blank_part_is_refused() {
    template.change(MailKind.WITNESS_CALL, " Getuigen ", " Gezocht ", "<p>Wie zag het?</p>");

    assertThat(template.getKind()).isEqualTo(MailKind.WITNESS_CALL);
    assertThat(template.getName()).isEqualTo("Getuigen");
    assertThat(template.getSubject()).isEqualTo("Gezocht");
    assertThatThrownBy(() -> template.change(MailKind.WITNESS_CALL, "Getuigen", " ", "<p>x</p>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> template.change(null, "Getuigen", "Gezocht", "<p>x</p>"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_retired_template_stays_retired() {
    assertThat(template.isRetired()).isFalse();

    template.retire(Instant.parse("2026-11-23T08:00:00Z"));
    template.retire(Instant.parse("2026-11-24T08:00:00Z"));

    assertThat(template.isRetired()).isTrue();
  }
}

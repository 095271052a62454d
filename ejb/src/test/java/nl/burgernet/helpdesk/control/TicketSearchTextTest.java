package nl.burgernet.helpdesk.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketSearchTextTest {

  @Test
  void a_number_is_found_with_or_without_its_prefix() {
    assertThat(TicketSearchText.ticketId("42")).contains(42L);
    assertThat(TicketSearchText.ticketId(" HD-42 ")).contains(42L);
    assertThat(TicketSearchText.ticketId("hd42")).contains(42L);
    assertThat(TicketSearchText.ticketId("Adres 42")).isEmpty();
    assertThat(TicketSearchText.ticketId("9".repeat(19))).as("beyond any id").isEmpty();
  }

  @Test
  void the_subject_pattern_takes_wildcards_literally() {
    assertThat(TicketSearchText.subjectPattern(" Te Veel ")).isEqualTo("%te veel%");
    assertThat(TicketSearchText.subjectPattern("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
  }
}

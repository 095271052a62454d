package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.Postcode;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class SearchTermTest {

  @Test
  void a_phone_number_is_found_in_every_notation_people_type() {
    for (String typed :
        new String[] {"06-12345678", "06 12 34 56 78", "+31 6 1234 5678", "0031612345678"}) {
      SearchTerm term = SearchTerm.of(typed);

      assertThat(term.kind()).as(typed).isEqualTo(SearchTerm.Kind.PHONE);
      assertThat(term.phone()).as(typed).isEqualTo(PhoneNumber.of("+31612345678"));
    }
    assertThat(SearchTerm.of("0570-123456").phone()).isEqualTo(PhoneNumber.of("+31570123456"));
  }

  @Test
  void a_postcode_is_recognised_with_or_without_space() {
    assertThat(SearchTerm.of("7411aa").postcode()).isEqualTo(Postcode.of("7411 AA"));
    assertThat(SearchTerm.of(" 7411 AA ").kind()).isEqualTo(SearchTerm.Kind.POSTCODE);
  }

  @Test
  void an_e_mail_address_is_searched_as_a_whole() {
    SearchTerm term = SearchTerm.of("Jan@Example.NL");

    assertThat(term.kind()).isEqualTo(SearchTerm.Kind.EMAIL);
    assertThat(term.email().value()).isEqualTo("Jan@example.nl");
    assertThatThrownBy(() -> SearchTerm.of("jan@"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("participant.search.email");
  }

  @Test
  void anything_else_is_the_start_of_a_name_or_of_a_word_in_it() {
    SearchTerm term = SearchTerm.of("de V");

    assertThat(term.kind()).isEqualTo(SearchTerm.Kind.NAME);
    assertThat(term.namePrefix()).isEqualTo("de V%");
  }

  @Test
  void wildcards_typed_in_a_name_are_taken_literally() {
    assertThat(SearchTerm.of("Jan%_!").namePrefix()).isEqualTo("Jan!%!_!!%");
  }

  @Test
  void digits_that_are_no_phone_number_and_too_short_names_are_refused() {
    assertThatThrownBy(() -> SearchTerm.of("12345"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("participant.search.phone");
    assertThatThrownBy(() -> SearchTerm.of("J")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SearchTerm.of("  ")).isInstanceOf(InvalidInputException.class);
  }
}

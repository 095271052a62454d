package nl.burgernet.participant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

  @ParameterizedTest
  @ValueSource(strings = {"3011AB", "3011 ab", " 3011 AB ", "3011ab"})
  void a_postcode_is_written_with_a_space_and_capitals(String input) {
    assertThat(Postcode.of(input).value()).isEqualTo("3011 AB");
    assertThat(Postcode.of(input).compact()).isEqualTo("3011AB");
    assertThat(Postcode.of(input).area()).isEqualTo("3011");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0123 AB", "123 AB", "3011 A", "3011 SS", "3011 SA", "3011-AB", "", "AB3011"})
  void impossible_postcodes_are_refused(String input) {
    assertThat(Postcode.isValid(input)).isFalse();
    assertThatThrownBy(() -> Postcode.of(input)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_e_mail_address_keeps_its_local_part_and_lowers_its_domain() {
    assertThat(EmailAddress.of(" Jan.Jansen@Example.NL ").value())
        .isEqualTo("Jan.Jansen@example.nl");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jan",
        "jan@",
        "@example.nl",
        "jan@example",
        "jan..jansen@example.nl",
        "jan@exa mple.nl",
        "<script>@example.nl"
      })
  void malformed_e_mail_addresses_are_refused(String input) {
    assertThat(EmailAddress.isValid(input)).isFalse();
  }

  @Test
  void an_e_mail_address_longer_than_254_characters_is_refused() {
    String longAddress =
        "a".repeat(64)
            + "@"
            + "b".repeat(63)
            + "."
            + "c".repeat(60)
            + "."
            + "d".repeat(60)
            + ".e"
            + ".nl";

    assertThat(longAddress.length()).isGreaterThan(254);
    assertThat(EmailAddress.isValid(longAddress)).isFalse();
  }

  @Test
  void masked_contact_details_show_little() {
    assertThat(EmailAddress.of("jan@example.nl").masked()).isEqualTo("j***@example.nl");
    assertThat(PhoneNumber.of("+31612345678").masked()).isEqualTo("+316*****678");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0612345678", "+3161234567", "+316123456789", "+31 612345678", "+0612345678"})
  void only_e164_numbers_are_phone_numbers(String input) {
    assertThatThrownBy(() -> PhoneNumber.of(input)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_foreign_e164_number_is_kept_as_it_is() {
    assertThat(PhoneNumber.of("+32470123456").e164()).isEqualTo("+32470123456");
  }
}

package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import nl.burgernet.participant.entity.PhoneNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest
  @CsvSource({
    "06-12345678, +31612345678",
    "06 12 34 56 78, +31612345678",
    "+31 6 12345678, +31612345678",
    "0031612345678, +31612345678",
    "+32 470 12 34 56, +32470123456"
  })
  void mobile_numbers_are_stored_in_e164(String input, String e164) {
    assertThat(PhoneNumbers.parse(input, PhoneKind.MOBILE)).contains(PhoneNumber.of(e164));
  }

  @ParameterizedTest
  @CsvSource({"010-1234567, +31101234567", "0570 123456, +31570123456"})
  void landline_numbers_are_stored_in_e164(String input, String e164) {
    assertThat(PhoneNumbers.parse(input, PhoneKind.LANDLINE)).contains(PhoneNumber.of(e164));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0612345", "06123456789", "hallo", "010-1234567", "<script>", ""})
  void what_is_no_mobile_number_is_refused(String input) {
    assertThat(PhoneNumbers.isValid(input, PhoneKind.MOBILE)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"06-12345678", "12345"})
  void a_mobile_number_is_no_landline(String input) {
    assertThat(PhoneNumbers.isValid(input, PhoneKind.LANDLINE)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void stored_numbers_read_the_dutch_way() {
    assertThat(PhoneNumbers.readable(PhoneNumber.of("+31612345678"))).isEqualTo("06 12345678");
  }
}

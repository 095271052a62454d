package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsCodesTest {

  @Test
  void a_code_is_six_digits_and_may_be_typed_with_spaces() {
    String code = SmsCodes.newCode();

    assertThat(code).matches("[0-9]{6}");
    assertThat(SmsCodes.looksLikeCode("123 456")).isTrue();
    assertThat(SmsCodes.looksLikeCode("12345")).isFalse();
    assertThat(SmsCodes.looksLikeCode("12345a")).isFalse();
    assertThat(SmsCodes.looksLikeCode(null)).isFalse();
  }

  @Test
  void the_same_code_hashes_differently_for_each_registration() {
    assertThat(SmsCodes.hash("ref-a", "123456")).isNotEqualTo(SmsCodes.hash("ref-b", "123456"));
    assertThat(SmsCodes.hash("ref-a", "123456")).isEqualTo(SmsCodes.hash("ref-a", "123456"));
  }
}

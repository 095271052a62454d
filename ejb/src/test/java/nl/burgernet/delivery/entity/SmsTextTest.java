package nl.burgernet.delivery.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmsTextTest {

  @Test
  void dutch_text_with_the_usual_accents_fits_gsm_7() {
    SmsText text = SmsText.of("Dit is een oproep voor Burgernet: é, è, ü, Ä, @ £ ¿ § Ø å ß.");

    assertThat(text.alphabet()).isEqualTo(SmsAlphabet.GSM_7);
    assertThat(text.segmentCount()).isOne();
  }

  @Test
  void the_extension_table_is_gsm_7_but_costs_two_septets_a_character() {
    SmsText text = SmsText.of("[{~^|\\}]");

    assertThat(text.alphabet()).isEqualTo(SmsAlphabet.GSM_7);
    assertThat(text.length()).isEqualTo(16);
  }

  @Test
  void characters_outside_gsm_7_make_it_ucs_2() {
    assertThat(SmsText.of("Bel 112 of 0900-8844 — dank u").alphabet()).isEqualTo(SmsAlphabet.UCS_2);
    assertThat(SmsText.of("Rode jas 🧥").alphabet()).isEqualTo(SmsAlphabet.UCS_2);
    assertThat(SmsText.of("ç is not in GSM-7 (only Ç)").alphabet()).isEqualTo(SmsAlphabet.UCS_2);
  }

  @Test
  void the_euro_sign_is_in_the_gsm_7_extension_table() {
    SmsText text = SmsText.of("Beloning € 500");

    assertThat(text.alphabet()).isEqualTo(SmsAlphabet.GSM_7);
    assertThat(text.length()).isEqualTo(15);
  }

  @Test
  void gsm_7_takes_160_septets_in_one_segment_and_153_in_each_of_more() {
    assertThat(SmsText.of("a".repeat(160)).segmentCount()).isOne();
    assertThat(SmsText.of("a".repeat(161)).segmentCount()).isEqualTo(2);
    assertThat(SmsText.of("a".repeat(306)).segmentCount()).isEqualTo(2);
    assertThat(SmsText.of("a".repeat(307)).segmentCount()).isEqualTo(3);
    assertThat(SmsText.of("€".repeat(80)).segmentCount()).as("80 × 2 septets").isOne();
    assertThat(SmsText.of("€".repeat(81)).segmentCount()).isEqualTo(2);
  }

  @Test
  void ucs_2_takes_70_code_units_in_one_segment_and_67_in_each_of_more() {
    assertThat(SmsText.of("ж".repeat(70)).segmentCount()).isOne();
    assertThat(SmsText.of("ж".repeat(71)).segmentCount()).isEqualTo(2);
    assertThat(SmsText.of("ж".repeat(134)).segmentCount()).isEqualTo(2);
    assertThat(SmsText.of("ж".repeat(135)).segmentCount()).isEqualTo(3);
    assertThat(SmsText.of("😀".repeat(35)).segmentCount()).as("an emoji is two code units").isOne();
  }

  @Test
  void segments_join_to_the_text_and_never_split_an_escape_or_an_emoji() {
    String gsm = "a".repeat(152) + "€" + "b".repeat(20);
    SmsText gsmText = SmsText.of(gsm);
    assertThat(gsmText.segments()).hasSize(2);
    assertThat(gsmText.segments().get(0)).isEqualTo("a".repeat(152));
    assertThat(String.join("", gsmText.segments())).isEqualTo(gsm);

    String ucs = "ж".repeat(66) + "😀" + "ж".repeat(10);
    SmsText ucsText = SmsText.of(ucs);
    assertThat(ucsText.segments().get(0)).isEqualTo("ж".repeat(66));
    assertThat(ucsText.segments().get(1)).startsWith("😀");
    assertThat(String.join("", ucsText.segments())).isEqualTo(ucs);
  }

  @Test
  void empty_and_overlong_texts_are_refused() {
    assertThatThrownBy(() -> SmsText.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SmsText.of(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(SmsText.of("a".repeat(153 * SmsText.MAX_SEGMENTS)).segmentCount())
        .isEqualTo(SmsText.MAX_SEGMENTS);
    assertThatThrownBy(() -> SmsText.of("a".repeat(153 * SmsText.MAX_SEGMENTS + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
  }

  @Test
  void gsm_7_septets_survive_encoding_and_decoding() {
    String all =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà^{}\\[~]|€";

    byte[] septets = Gsm7.encode(all);

    assertThat(Gsm7.decode(septets)).isEqualTo(all);
    assertThat(Gsm7.encode("@A€")).containsExactly(0x00, 0x41, 0x1B, 0x65);
  }

  @Test
  void a_message_needs_an_e164_number() {
    assertThat(new SmsMessage("+31612345678", "Test").to()).isEqualTo("+31612345678");
    assertThatThrownBy(() -> new SmsMessage("0612345678", "Test"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SmsMessage("+31 6 12345678", "Test"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package nl.burgernet.delivery.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The personal links of a delivery: unguessable, and checked without a stored copy. */
class DeliveryLinkTest {

  private static final String TOKEN = "geheim-afmeldtoken-van-de-deelnemer";

  @Test
  void the_link_names_the_delivery_and_a_code_that_only_its_token_gives() {
    String link = DeliveryLink.ANSWER.of("https://www.burgernet.nl/", TOKEN, 42);
    String code = link.substring(link.indexOf("code=") + "code=".length());

    assertThat(link).startsWith("https://www.burgernet.nl/buurtonderzoek.xhtml?bericht=42&code=");
    assertThat(code).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(DeliveryLink.ANSWER.matches(TOKEN, 42, code)).isTrue();
  }

  @Test
  void another_delivery_another_participant_or_a_changed_code_does_not_match() {
    String code = DeliveryLink.ANSWER.code(TOKEN, 42);

    assertThat(DeliveryLink.ANSWER.matches(TOKEN, 43, code)).as("the next delivery id").isFalse();
    assertThat(DeliveryLink.ANSWER.matches("token-van-een-ander", 42, code)).isFalse();
    assertThat(DeliveryLink.ANSWER.matches(TOKEN, 42, "A" + code.substring(1))).isFalse();
    assertThat(DeliveryLink.ANSWER.matches(TOKEN, 42, null)).isFalse();
    assertThat(code).as("the code gives nothing away").doesNotContain(TOKEN);
  }

  @Test
  void the_pixel_of_a_delivery_is_no_key_to_its_answer_form() {
    String pixel = DeliveryLink.OPEN_PIXEL.of("https://www.burgernet.nl", TOKEN, 42);
    String code = pixel.substring(pixel.indexOf("code=") + "code=".length());

    assertThat(pixel).startsWith("https://www.burgernet.nl/burgernetmail/geopend?bericht=42&code=");
    assertThat(DeliveryLink.OPEN_PIXEL.matches(TOKEN, 42, code)).isTrue();
    assertThat(DeliveryLink.ANSWER.matches(TOKEN, 42, code)).isFalse();
  }
}

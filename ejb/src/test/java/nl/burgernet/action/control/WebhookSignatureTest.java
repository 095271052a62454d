package nl.burgernet.action.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void the_signature_is_the_hex_hmac_sha256_of_timestamp_dot_body() {
    // computed apart from this code: printf '1700000000.<alert/>' | openssl dgst -sha256 -hmac
    // geheim
    assertThat(WebhookSignature.sign("geheim", 1_700_000_000L, "<alert/>"))
        .isEqualTo("sha256=c50d3711a9e103cb6603aba4df1281e96ce46eaa5dddd1222da6aea645946767");
  }

  @Test
  void another_timestamp_body_or_secret_gives_another_signature() {
    String signature = WebhookSignature.sign("geheim", 1_700_000_000L, "<alert/>");

    assertThat(WebhookSignature.sign("geheim", 1_700_000_001L, "<alert/>")).isNotEqualTo(signature);
    assertThat(WebhookSignature.sign("geheim", 1_700_000_000L, "<alert />"))
        .isNotEqualTo(signature);
    assertThat(WebhookSignature.sign("anders", 1_700_000_000L, "<alert/>")).isNotEqualTo(signature);
  }
}

package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfirmationTokensTest {

  @Test
  void tokens_are_random_url_safe_and_stored_only_as_their_hash() {
    String first = ConfirmationTokens.newToken();
    String second = ConfirmationTokens.newToken();

    assertThat(first).isNotEqualTo(second).matches("[A-Za-z0-9_-]{43}");
    assertThat(ConfirmationTokens.looksLikeToken(first)).isTrue();
    assertThat(ConfirmationTokens.hash(first))
        .hasSize(64)
        .isEqualTo(ConfirmationTokens.hash(first))
        .isNotEqualTo(ConfirmationTokens.hash(second))
        .doesNotContain(first);
  }

  @Test
  void text_that_cannot_be_a_token_is_not_looked_up() {
    assertThat(ConfirmationTokens.looksLikeToken(null)).isFalse();
    assertThat(ConfirmationTokens.looksLikeToken("' OR 1=1 --")).isFalse();
  }
}

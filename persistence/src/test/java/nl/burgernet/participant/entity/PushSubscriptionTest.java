package nl.burgernet.participant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PushSubscriptionTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
  private static final String ENDPOINT = "https://push.example.net/wpush/v2/abc123";
  private static final String P256DH = key(65, (byte) 0x04);
  private static final String AUTH = key(16, (byte) 0x11);

  @Test
  void a_subscription_as_the_browser_gives_it_is_kept() {
    PushSubscription subscription = new PushSubscription(7, ENDPOINT, P256DH + "=", AUTH, NOW);

    assertThat(subscription.getEndpoint()).isEqualTo(ENDPOINT);
    assertThat(subscription.getP256dh()).as("padding dropped").isEqualTo(P256DH);
    assertThat(PushSubscription.hashOf(ENDPOINT)).hasSize(64);
  }

  @Test
  void keys_of_the_wrong_size_or_kind_are_refused() {
    assertThatThrownBy(() -> new PushSubscription(7, ENDPOINT, key(33, (byte) 0x02), AUTH, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PushSubscription(7, ENDPOINT, key(65, (byte) 0x05), AUTH, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PushSubscription(7, ENDPOINT, P256DH, "not base64!", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void only_http_urls_are_endpoints() {
    assertThatThrownBy(() -> new PushSubscription(7, "file:///etc/passwd", P256DH, AUTH, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PushSubscription(7, "/relative", P256DH, AUTH, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String key(int length, byte first) {
    byte[] bytes = new byte[length];
    bytes[0] = first;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

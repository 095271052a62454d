package nl.burgernet.localpeers;

import static org.assertj.core.api.Assertions.assertThat;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's Web Push library encrypts and signs; the local push receiver, written from the
 * RFCs, checks the VAPID token and decrypts: the two agree, and the receiver refuses what a push
 * service would refuse.
 */
class LocalPushServiceTest {

  private static final String ALERT = "{\"title\":\"Vermist kind\",\"body\":\"Rode jas – 6 jaar\"}";

  private final HttpClient http = HttpClient.newHttpClient();
  private LocalVapidKeys keys;
  private LocalPushService service;

  @BeforeEach
  void start() throws Exception {
    Path dir = TestDataDirs.fresh("push");
    keys = LocalVapidKeys.loadOrCreate(dir);
    assertThat(LocalVapidKeys.loadOrCreate(dir)).as("kept, not made anew").isEqualTo(keys);
    service = new LocalPushService(0, keys.publicKey());
    service.start();
  }

  @AfterEach
  void stop() {
    service.stop();
  }

  @Test
  void a_push_from_the_library_arrives_decrypted_with_its_urgency_and_sender() throws Exception {
    LocalPushSubscription subscription = service.newSubscription();

    int status = push(subscription, sender(keys), ALERT);

    assertThat(status).isEqualTo(201);
    assertThat(service.received())
        .singleElement()
        .satisfies(
            push -> {
              assertThat(push.subscriptionId()).isEqualTo(subscription.id());
              assertThat(push.payload()).isEqualTo(ALERT);
              assertThat(push.urgency()).isEqualTo("high");
              assertThat(push.ttl()).isEqualTo(3600);
              assertThat(push.sender()).isEqualTo("mailto:beheer@burgernet.test");
            });
  }

  @Test
  void a_push_signed_with_another_application_server_key_is_refused() throws Exception {
    LocalPushSubscription subscription = service.newSubscription();
    LocalVapidKeys stranger = LocalVapidKeys.loadOrCreate(TestDataDirs.fresh("stranger"));

    assertThat(push(subscription, sender(stranger), ALERT)).isEqualTo(403);
    assertThat(service.received()).isEmpty();
  }

  @Test
  void a_push_encrypted_for_another_subscription_is_not_readable() throws Exception {
    LocalPushSubscription subscription = service.newSubscription();
    LocalPushSubscription other = service.newSubscription();
    WebPush webPush = sender(keys);
    byte[] body =
        webPush.getBody(
            ALERT.getBytes(StandardCharsets.UTF_8),
            P256.fromBase64Url(other.p256dh()),
            P256.fromBase64Url(other.auth()));

    assertThat(post(subscription, webPush, body)).isEqualTo(400);
  }

  @Test
  void an_expired_subscription_answers_gone_and_an_unknown_one_not_found() throws Exception {
    LocalPushSubscription subscription = service.newSubscription();
    service.expire(subscription.id());
    LocalPushSubscription unknown =
        new LocalPushSubscription(
            "nobody",
            "http://127.0.0.1:" + service.port() + "/push/nobody",
            subscription.p256dh(),
            subscription.auth());

    assertThat(push(subscription, sender(keys), ALERT)).isEqualTo(410);
    assertThat(push(unknown, sender(keys), ALERT)).isEqualTo(404);
  }

  private static WebPush sender(LocalVapidKeys keys) {
    return new WebPush(
        "mailto:beheer@burgernet.test",
        VapidKeys.fromUncompressedBytes(keys.publicKey(), keys.privateKey()));
  }

  private int push(LocalPushSubscription subscription, WebPush webPush, String payload)
      throws Exception {
    byte[] body =
        webPush.getBody(
            payload.getBytes(StandardCharsets.UTF_8),
            P256.fromBase64Url(subscription.p256dh()),
            P256.fromBase64Url(subscription.auth()));
    return post(subscription, webPush, body);
  }

  private int post(LocalPushSubscription subscription, WebPush webPush, byte[] body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(subscription.endpoint()))
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    webPush
        .getHeaders(subscription.endpoint(), 3600, null, WebPush.Urgency.High)
        .forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}

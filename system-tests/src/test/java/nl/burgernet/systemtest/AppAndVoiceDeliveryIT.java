package nl.burgernet.systemtest;

import static nl.burgernet.systemtest.DeliveryFixture.await;
import static nl.burgernet.systemtest.DeliveryFixture.channel;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.delivery.boundary.ChannelEstimate;
import nl.burgernet.delivery.boundary.RequestProgress;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.Delivery;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.delivery.entity.SendRequestState;
import nl.burgernet.delivery.entity.VoiceCall;
import nl.burgernet.localpeers.LocalPushService;
import nl.burgernet.localpeers.LocalPushSubscription;
import nl.burgernet.localpeers.LocalSmsc;
import nl.burgernet.localpeers.LocalVoiceProvider;
import nl.burgernet.localpeers.ReceivedCall;
import nl.burgernet.localpeers.ReceivedPush;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.systemtest.DeliveryFixture.Recipient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * App push and voice end to end, against the test run's local push receiver and voice endpoint,
 * with two voice lines (this deployment's own configuration): participants register their device
 * through the self-service API; an urgent request arrives decrypted at the push receiver and as
 * calls that read the script twice; a subscription that is gone (410) is removed; never more calls
 * at once than lines; a voice provider that is down is retried with growing delays until the
 * deliveries are dead letters, which a retry delivers once it is back.
 *
 * <p>Methods without {@code @RunAsClient} run inside Payara Micro (their static fields live there);
 * the others act as the participant's app and look at the local peers from outside.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppAndVoiceDeliveryIT {

  private static final String PREFIX = "4701";
  private static final int RECIPIENTS = 3;
  private static final String LINES_PREFIX = "4702";
  private static final int LINES_RECIPIENTS = 6;
  private static final String OUTAGE_PREFIX = "4703";
  private static final int OUTAGE_RECIPIENTS = 2;
  private static final String SCRIPT =
      "Dit is een oproep van Burgernet. Gezocht wordt een meisje van zes jaar met een rode jas.";
  private static final String TITLE = "Burgernet: vermist meisje";
  private static final String BODY = "Meisje van 6, rode jas, gezien bij het station.";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern LINK =
      Pattern.compile("mijn-gegevens\\.xhtml\\?token=([A-Za-z0-9_-]+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Server side: the participants of each part and the outage's request. */
  private static List<Recipient> recipients;

  private static long outageRequest;

  /** Client side: each participant's device. */
  private static final Map<Integer, LocalPushSubscription> DEVICES = new ConcurrentHashMap<>();

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        DeliveryFixture.addTo(Deployments.burgernet(AppAndVoiceDeliveryIT.class))
            .addClass(ChannelFixture.class)
            .addAsResource(
                new StringAsset("burgernet.voice.lines=2\n"),
                "META-INF/microprofile-config.properties")
            .addAsLibrary(
                ShrinkWrap.create(JavaArchive.class, "local-peers-types.jar")
                    .addPackage(LocalSmsc.class.getPackage()));
    return archive;
  }

  @EJB private DeliveryFixture fixture;
  @EJB private ChannelFixture channels;
  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void participants_who_want_the_app_and_voice_ask_for_their_magic_link() {
    recipients = channels.appAndVoiceParticipants(PREFIX, RECIPIENTS);
    recipients.forEach(r -> channels.requestLink(r.email()));
  }

  @Test
  @Order(2)
  @RunAsClient
  void the_app_registers_each_device_with_the_session_of_the_magic_link() throws Exception {
    LocalPushService push = LocalPeersForTests.peers().pushService();
    HttpResponse<String> key = get("api/v1/self-service/push-subscriptions/application-server-key");
    assertThat(object(key.body()).getString("applicationServerKey"))
        .isEqualTo(LocalPeersForTests.peers().environment().get("BURGERNET_PUSH_VAPID_PUBLIC"));

    for (int i = 0; i < RECIPIENTS; i++) {
      String session = session(DeliveryFixture.emailOf(PREFIX, i));
      LocalPushSubscription device = push.newSubscription();

      assertThat(register(null, device).statusCode()).as("no session, no device").isEqualTo(400);
      assertThat(register(session, device).statusCode()).isEqualTo(204);
      DEVICES.put(i, device);
    }
  }

  @Test
  @Order(3)
  void an_urgent_request_goes_out_as_app_notifications_and_answered_calls() {
    assertThat(fixture.estimate(recipients, EnumSet.of(Channel.APP, Channel.VOICE)))
        .as("ETA: 200 pushes a second; 2 lines for calls of 30 s")
        .containsExactly(
            new ChannelEstimate(Channel.APP, RECIPIENTS, Duration.ofMillis(15)),
            new ChannelEstimate(Channel.VOICE, RECIPIENTS, Duration.ofSeconds(45)));

    SendRequest request =
        fixture.submit(
            new SendOrder(
                "app-voice-" + PREFIX,
                SendPriority.TIME_CRITICAL,
                "Vermissing Utrecht",
                null,
                null,
                null,
                null,
                SCRIPT,
                TITLE,
                BODY),
            recipients);
    assertThat(request.getAppCount()).isEqualTo(RECIPIENTS);
    assertThat(request.getVoiceCount()).isEqualTo(RECIPIENTS);

    RequestProgress done =
        await(
            () -> fixture.progress(request.getId()),
            p -> p.request().getState() == SendRequestState.FINISHED);

    assertThat(channel(done, Channel.APP).count(DeliveryState.SENT)).isEqualTo(RECIPIENTS);
    assertThat(channel(done, Channel.VOICE).count(DeliveryState.DELIVERED)).isEqualTo(RECIPIENTS);
    List<Delivery> calls =
        fixture.deliveries(request.getId()).stream()
            .filter(d -> d.getChannel() == Channel.VOICE)
            .toList();
    assertThat(calls)
        .extracting(Delivery::getAddress)
        .as("the landline where there is one, else the mobile number")
        .containsExactly(
            ChannelFixture.landlineOf(PREFIX, 0),
            DeliveryFixture.mobileOf(PREFIX, 1),
            ChannelFixture.landlineOf(PREFIX, 2));
    assertThat(calls)
        .allSatisfy(
            call ->
                assertThat(call.getProviderMessageId())
                    .hasValueSatisfying(id -> assertThat(id).startsWith("local-")));
  }

  @Test
  @Order(4)
  @RunAsClient
  void every_device_got_the_notification_decrypted_and_every_number_a_call_with_the_script_twice() {
    LocalPushService push = LocalPeersForTests.peers().pushService();
    LocalVoiceProvider voice = LocalPeersForTests.peers().voice();
    for (int i = 0; i < RECIPIENTS; i++) {
      String device = DEVICES.get(i).id();
      ReceivedPush notification =
          push.awaitPush(p -> p.subscriptionId().equals(device), WAIT)
              .orElseThrow(() -> new AssertionError("no push to device " + device));
      JsonObject payload = object(notification.payload());
      assertThat(payload.getString("title")).isEqualTo(TITLE);
      assertThat(payload.getString("body")).isEqualTo(BODY);
      assertThat(payload.getBoolean("urgent")).isTrue();
      assertThat(notification.urgency()).isEqualTo("high");
      assertThat(notification.sender()).isEqualTo("mailto:beheer@burgernet.test");
    }
    for (String number :
        List.of(
            ChannelFixture.landlineOf(PREFIX, 0),
            DeliveryFixture.mobileOf(PREFIX, 1),
            ChannelFixture.landlineOf(PREFIX, 2))) {
      ReceivedCall call =
          voice
              .awaitCall(c -> c.number().equals(number), WAIT)
              .orElseThrow(() -> new AssertionError("no call to " + number));
      assertThat(call.script())
          .isEqualTo(SCRIPT + " " + VoiceCall.REPEAT_ANNOUNCEMENT + " " + SCRIPT);
      assertThat(voice.calls().stream().filter(c -> c.number().equals(number))).hasSize(1);
    }
  }

  @Test
  @Order(5)
  @RunAsClient
  void the_first_participant_revokes_the_permission_in_the_browser() {
    LocalPeersForTests.peers().pushService().expire(DEVICES.get(0).id());
  }

  @Test
  @Order(6)
  void a_subscription_the_push_service_says_is_gone_is_removed_and_its_delivery_fails() {
    SendRequest request =
        fixture.submit(
            new SendOrder(
                "app-" + PREFIX,
                SendPriority.NORMAL,
                "Nieuws",
                null,
                null,
                null,
                null,
                null,
                TITLE,
                null),
            recipients);

    RequestProgress done =
        await(
            () -> fixture.progress(request.getId()),
            p -> p.request().getState() == SendRequestState.FINISHED);

    assertThat(channel(done, Channel.APP).count(DeliveryState.SENT)).isEqualTo(RECIPIENTS - 1);
    assertThat(fixture.problems(request.getId()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.getParticipantId()).isEqualTo(recipients.get(0).id());
              assertThat(d.getState()).isEqualTo(DeliveryState.FAILED);
              assertThat(d.getReason()).hasValue("no push subscription left");
            });
    assertThat(channels.pushSubscriptionsOf(recipients.get(0).id())).isZero();
    assertThat(channels.pushSubscriptionsOf(recipients.get(1).id())).isEqualTo(1);
  }

  @Test
  @Order(7)
  @RunAsClient
  void calls_last_two_seconds_from_now_on() {
    LocalVoiceProvider voice = LocalPeersForTests.peers().voice();
    voice.purge();
    voice.callTakes(Duration.ofSeconds(2));
  }

  @Test
  @Order(8)
  void six_calls_on_two_lines_are_all_delivered() {
    List<Recipient> many = channels.appAndVoiceParticipants(LINES_PREFIX, LINES_RECIPIENTS);
    SendRequest request =
        fixture.submit(
            new SendOrder(
                "lines-" + LINES_PREFIX,
                SendPriority.TIME_CRITICAL,
                "Vermissing",
                null,
                null,
                null,
                null,
                SCRIPT,
                null,
                null),
            many);

    RequestProgress done =
        await(
            () -> fixture.progress(request.getId()),
            p -> channel(p, Channel.VOICE).count(DeliveryState.DELIVERED) == LINES_RECIPIENTS);

    assertThat(channel(done, Channel.VOICE).count(DeliveryState.DELIVERED))
        .isEqualTo(LINES_RECIPIENTS);
  }

  @Test
  @Order(9)
  @RunAsClient
  void the_voice_endpoint_never_had_more_calls_at_once_than_lines() {
    LocalVoiceProvider voice = LocalPeersForTests.peers().voice();

    assertThat(voice.calls()).hasSize(LINES_RECIPIENTS);
    assertThat(voice.mostCallsAtOnce()).as("two lines, both used").isEqualTo(2);

    voice.callTakes(Duration.ofMillis(100));
    voice.failWith(503);
  }

  @Test
  @Order(10)
  void calls_while_the_provider_is_down_are_retried_with_growing_delays_then_dead_lettered() {
    List<Recipient> outage = channels.appAndVoiceParticipants(OUTAGE_PREFIX, OUTAGE_RECIPIENTS);
    Instant submitted = Instant.now();
    SendRequest request =
        fixture.submit(
            new SendOrder(
                "outage-" + OUTAGE_PREFIX,
                SendPriority.NORMAL,
                "Nieuws",
                null,
                null,
                null,
                null,
                SCRIPT,
                null,
                null),
            outage);
    outageRequest = request.getId();

    RequestProgress done =
        await(
            () -> fixture.progress(outageRequest),
            p -> channel(p, Channel.VOICE).count(DeliveryState.DEAD_LETTERED) == OUTAGE_RECIPIENTS);

    assertThat(channel(done, Channel.VOICE).count(DeliveryState.DEAD_LETTERED))
        .isEqualTo(OUTAGE_RECIPIENTS);
    assertThat(Duration.between(submitted, Instant.now()))
        .as("the broker waited 1 + 2 + 4 + 8 s between the five attempts")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(14));
    assertThat(fixture.problems(outageRequest))
        .hasSize(OUTAGE_RECIPIENTS)
        .allSatisfy(
            d ->
                assertThat(d.getReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("HTTP 503")));
  }

  @Test
  @Order(11)
  @RunAsClient
  void the_provider_is_asked_on_every_attempt_and_comes_back() {
    LocalVoiceProvider voice = LocalPeersForTests.peers().voice();

    assertThat(voice.refusedRequests())
        .as("one refused call per attempt at least")
        .isGreaterThanOrEqualTo(5);
    voice.recover();
  }

  @Test
  @Order(12)
  void a_retry_of_the_dead_letters_delivers_them() {
    assertThat(fixture.retryDeadLetters(outageRequest)).isEqualTo(OUTAGE_RECIPIENTS);

    RequestProgress done =
        await(
            () -> fixture.progress(outageRequest),
            p -> p.request().getState() == SendRequestState.FINISHED);

    assertThat(channel(done, Channel.VOICE).count(DeliveryState.DELIVERED))
        .isEqualTo(OUTAGE_RECIPIENTS);
  }

  /** Reads the magic link from the participant's mail and spends it for a session token. */
  private String session(String email) throws Exception {
    Matcher link = LINK.matcher(MailBox.textOf(MailBox.awaitMessageTo(email, WAIT)));
    assertThat(link.find()).as("magic link in the mail to " + email).isTrue();
    HttpResponse<String> created =
        send(
            request("api/v1/self-service/sessions")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder().add("link", link.group(1)).build().toString()))
                .build());
    assertThat(created.statusCode()).isEqualTo(201);
    return object(created.body()).getString("token");
  }

  private HttpResponse<String> register(String session, LocalPushSubscription device)
      throws Exception {
    HttpRequest.Builder request =
        request("api/v1/self-service/push-subscriptions")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder()
                        .add("endpoint", device.endpoint())
                        .add(
                            "keys",
                            Json.createObjectBuilder()
                                .add("p256dh", device.p256dh())
                                .add("auth", device.auth()))
                        .build()
                        .toString()));
    if (session != null) {
      request.header("Authorization", "Bearer " + session);
    }
    return send(request.build());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(request(path).GET().build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  private static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject object(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}

package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.Closing;
import nl.burgernet.action.boundary.NewAction;
import nl.burgernet.action.boundary.Reach;
import nl.burgernet.action.boundary.TipPhotoView;
import nl.burgernet.action.boundary.TipReceived;
import nl.burgernet.action.boundary.TipView;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.Outcome;
import nl.burgernet.action.entity.Tip;
import nl.burgernet.action.entity.TipSource;
import nl.burgernet.localpeers.LocalPushService;
import nl.burgernet.localpeers.LocalPushSubscription;
import nl.burgernet.participant.entity.Channel;
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
 * The participant web app's API against the real store: a participant pairs the app with the magic
 * link from their mail and sees only the actions whose area covers their address (an open one, a
 * closed one with its outcome; not one elsewhere); a tip with a photo reaches the action through
 * the same path as other tips (event, operator's view, photo re-encoded for staff); a bad photo, a
 * closed action, too many tips, another participant's action and a token that is not (or no longer)
 * valid are refused; the device token hands over a push subscription.
 *
 * <p>Methods without {@code @RunAsClient} run inside Payara Micro (their static fields live there);
 * the others act as the participant's app. Hoek van Holland (Rotterdam): no other test uses it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipantWebAppIT {

  private static final String ROTTERDAM = "GM0599";
  private static final GeoPoint HOME = new GeoPoint(51.9775, 4.1330);
  private static final GeoPoint ELSEWHERE = new GeoPoint(51.9050, 4.2500);
  private static final String NEAR_EMAIL = "deelnemer-webapp-near@burgernet.test";
  private static final String FAR_EMAIL = "deelnemer-webapp-far@burgernet.test";
  private static final String OPEN_DESCRIPTION = "Webapp-test: man met groene pet op een fiets.";
  private static final String CLOSED_DESCRIPTION = "Webapp-test: vrouw met blauwe tas.";
  private static final String ELSEWHERE_DESCRIPTION = "Webapp-test: rode bestelbus.";
  private static final String OUTCOME = "De vrouw is gevonden. Bedankt voor het uitkijken.";
  private static final String LOCATED_DESCRIPTION = "Webapp-test: grijze auto zonder lichten.";
  private static final String TIP_TEXT = "Fietser met groene pet reed richting de pier";
  private static final int TIPS_PER_HOUR = 2;
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern LINK =
      Pattern.compile("mijn-gegevens\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  /** Server side. */
  private static long nearParticipant;

  private static long farParticipant;

  private static long openAction;

  /** Client side: each participant's device token, and the actions the near one saw. */
  private static String nearDevice;

  private static String farDevice;
  private static long openActionSeen;
  private static long closedActionSeen;

  @Deployment
  static WebArchive deployment() {
    return ActionFixture.addTo(
            Deployments.burgernet(ParticipantWebAppIT.class, WebAppFixture.class, BearerApi.class))
        .addAsResource(
            new StringAsset("burgernet.app.tips-per-hour=" + TIPS_PER_HOUR + "\n"),
            "META-INF/microprofile-config.properties")
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "local-peers-types.jar")
                .addPackage(LocalPushService.class.getPackage()));
  }

  @EJB private ActionFixture actions;

  @EJB private WebAppFixture fixture;

  @Inject private ActionFixture.TipEvents tipEvents;

  @ArquillianResource private URL base;

  private BearerApi api() {
    return new BearerApi(base);
  }

  @Test
  @Order(1)
  void a_control_room_runs_actions_near_one_participant_and_elsewhere() {
    nearParticipant = fixture.participantAt("+31655150001", NEAR_EMAIL, HOME, ROTTERDAM);
    farParticipant = fixture.participantAt("+31655150002", FAR_EMAIL, ELSEWHERE, ROTTERDAM);

    openAction = start("it-web-app-open", OPEN_DESCRIPTION, HOME).id();
    long closed = start("it-web-app-closed", CLOSED_DESCRIPTION, HOME).id();
    asOperator(call -> call.close(closed, new Closing(Outcome.FOUND_OTHERWISE, OUTCOME)));
    start("it-web-app-elsewhere", ELSEWHERE_DESCRIPTION, ELSEWHERE);

    fixture.requestLink(NEAR_EMAIL);
    fixture.requestLink(FAR_EMAIL);
  }

  @Test
  @Order(2)
  @RunAsClient
  void the_app_is_paired_once_with_the_magic_link_from_the_mail() throws Exception {
    String link = linkFrom(NEAR_EMAIL);

    HttpResponse<String> paired = api().post("app/devices", null, linkJson(link));
    assertThat(paired.statusCode()).isEqualTo(201);
    assertThat(paired.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    nearDevice = object(paired.body()).getString("token");

    HttpResponse<String> again = api().post("app/devices", null, linkJson(link));
    assertThat(again.statusCode()).as("a link works once").isEqualTo(400);
    assertThat(object(again.body()).getString("detail")).contains("al gebruikt");

    farDevice =
        object(api().post("app/devices", null, linkJson(linkFrom(FAR_EMAIL))).body())
            .getString("token");
  }

  @Test
  @Order(3)
  @RunAsClient
  void the_app_shows_the_open_and_the_closed_action_of_the_area_and_nothing_else()
      throws Exception {
    HttpResponse<String> response = api().get("app/actions", nearDevice);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonArray list = Json.createReader(new StringReader(response.body())).readArray();

    assertThat(descriptions(list)).containsExactly(OPEN_DESCRIPTION, CLOSED_DESCRIPTION);
    // other tests' actions near Hoek van Holland may be listed too: ours are found by description
    JsonObject open = withDescription(list, OPEN_DESCRIPTION);
    assertThat(open.getBoolean("open")).isTrue();
    assertThat(open.getString("callbackNumber")).isEqualTo("0800-1515");
    JsonObject area = open.getJsonArray("areas").getJsonObject(0);
    assertThat(area.getString("kind")).isEqualTo("CIRCLE");
    assertThat(area.getInt("radiusMetres")).isEqualTo(1_000);
    assertThat(open.containsKey("tips")).as("tips are for the control room only").isFalse();
    JsonObject closed = withDescription(list, CLOSED_DESCRIPTION);
    assertThat(closed.getBoolean("open")).isFalse();
    assertThat(closed.getString("outcome")).isEqualTo("FOUND_OTHERWISE");
    assertThat(closed.getString("outcomeMessage")).isEqualTo(OUTCOME);
    openActionSeen = open.getJsonNumber("id").longValue();
    closedActionSeen = closed.getJsonNumber("id").longValue();

    JsonArray far =
        Json.createReader(new StringReader(api().get("app/actions", farDevice).body())).readArray();
    assertThat(descriptions(far)).containsExactly(ELSEWHERE_DESCRIPTION);
  }

  @Test
  @Order(4)
  @RunAsClient
  void a_tip_with_a_photo_and_a_place_reaches_the_open_action() throws Exception {
    HttpResponse<String> sent =
        api()
            .post(
                "app/actions/" + openActionSeen + "/tips",
                nearDevice,
                tipJson(TIP_TEXT, "data:image/png;base64," + base64(png()))
                    .add("latitude", HOME.latitude() + 0.001)
                    .add("longitude", HOME.longitude())
                    .build()
                    .toString());

    assertThat(sent.statusCode()).isEqualTo(201);
  }

  @Test
  @Order(5)
  @RunAsClient
  void what_is_no_photo_a_closed_action_and_too_many_tips_are_refused_in_dutch() throws Exception {
    HttpResponse<String> notAPhoto =
        api()
            .post(
                "app/actions/" + openActionSeen + "/tips",
                nearDevice,
                tipJson(
                        "Zie bijlage",
                        base64("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                    .build()
                    .toString());
    assertThat(notAPhoto.statusCode()).isEqualTo(400);
    assertThat(object(notAPhoto.body()).getString("detail")).contains("JPEG- of PNG-foto");

    HttpResponse<String> closed =
        api()
            .post(
                "app/actions/" + closedActionSeen + "/tips",
                nearDevice,
                tipJson("Te laat gezien", null).build().toString());
    assertThat(closed.statusCode()).isEqualTo(409);
    assertThat(object(closed.body()).getString("detail")).contains("afgelopen");

    assertThat(
            api()
                .post(
                    "app/actions/" + openActionSeen + "/tips",
                    nearDevice,
                    tipJson("Nog een keer gezien bij de pier", null).build().toString())
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> tooMany =
        api()
            .post(
                "app/actions/" + openActionSeen + "/tips",
                nearDevice,
                tipJson("En nog een keer", null).build().toString());
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(object(tooMany.body()).getString("detail")).contains(TIPS_PER_HOUR + " tips");
  }

  @Test
  @Order(6)
  @RunAsClient
  void another_participant_and_a_token_that_is_not_valid_get_nothing() throws Exception {
    String tip = tipJson("Ik zag niets", null).build().toString();

    assertThat(api().post("app/actions/" + openActionSeen + "/tips", farDevice, tip).statusCode())
        .as("not an action of the far participant's area")
        .isEqualTo(404);
    assertThat(api().get("app/actions", null).statusCode()).isEqualTo(400);
    assertThat(api().get("app/actions", "x".repeat(43)).statusCode()).isEqualTo(400);
    assertThat(
            api().post("app/actions/" + openActionSeen + "/tips", "y".repeat(43), tip).statusCode())
        .isEqualTo(400);
  }

  @Test
  @Order(7)
  void the_operator_sees_the_app_tip_live_with_its_photo_as_a_safe_jpeg() {
    TipReceived event =
        await(
            () ->
                tipEvents.received().stream()
                    .filter(tip -> tip.actionId() == openAction)
                    .filter(tip -> tip.source() == TipSource.APP)
                    .findFirst()
                    .orElse(null));
    assertThat(event.scopeRegionId()).isEqualTo(actions.regionOf(ROTTERDAM));

    List<Tip> stored = fixture.tipsOf(openAction);
    assertThat(stored).as("refused tips are not kept").hasSize(TIPS_PER_HOUR);
    Tip withPhoto = stored.get(stored.size() - 1);
    assertThat(withPhoto.getText()).isEqualTo(TIP_TEXT);
    assertThat(withPhoto.getSender()).isEqualTo("app");
    assertThat(withPhoto.getLocation()).isPresent();

    ActionView view = asOperator(call -> call.find(openAction));
    TipView tip =
        view.tips().stream().filter(t -> t.text().equals(TIP_TEXT)).findFirst().orElseThrow();
    assertThat(tip.source()).isEqualTo(TipSource.APP);
    assertThat(tip.photoReference()).isNotBlank();
    TipPhotoView photo = asOperator(call -> call.photo(openAction, tip.photoReference()));
    assertThat(photo.contentType()).isEqualTo("image/jpeg");
    assertThat(photo.content()[0]).isEqualTo((byte) 0xFF);
    assertThat(photo.content()[1]).isEqualTo((byte) 0xD8);
  }

  @Test
  @Order(8)
  @RunAsClient
  void the_device_token_hands_over_a_push_subscription_and_unpairing_ends_it() throws Exception {
    assertThat(
            api().post("self-service/push-subscriptions", nearDevice, subscription()).statusCode())
        .isEqualTo(204);

    assertThat(api().delete("app/devices/current", nearDevice).statusCode()).isEqualTo(204);
    HttpResponse<String> after = api().get("app/actions", nearDevice);
    assertThat(after.statusCode()).isEqualTo(400);
    assertThat(object(after.body()).getString("detail")).contains("ontkoppeld");
  }

  @Test
  @Order(9)
  @RunAsClient
  void the_far_participant_turns_location_on_where_the_open_action_is() throws Exception {
    assertThat(
            api().post("self-service/push-subscriptions", farDevice, subscription()).statusCode())
        .isEqualTo(204);
    assertThat(api().put("app/location", farDevice, point(91, 4)).statusCode()).isEqualTo(400);

    assertThat(
            api()
                .put("app/location", farDevice, point(HOME.latitude(), HOME.longitude()))
                .statusCode())
        .isEqualTo(204);

    JsonArray seen =
        Json.createReader(new StringReader(api().get("app/actions", farDevice).body())).readArray();
    assertThat(descriptions(seen)).contains(OPEN_DESCRIPTION, ELSEWHERE_DESCRIPTION);
  }

  @Test
  @Order(10)
  void a_new_round_reaches_the_located_participant_on_the_app_alone() {
    Reach preview =
        asOperator(
            call ->
                call.reach(
                    actions.scenarioNamed("Overval").id(),
                    AreaSpecification.circle(HOME, 1_000),
                    Set.of(Channel.APP)));

    long action = start("it-web-app-located", LOCATED_DESCRIPTION, HOME).id();

    long byLocation = fixture.locationRequestOf(action).orElseThrow();
    assertThat(actions.recipientsOf(byLocation, Channel.APP)).containsExactly(farParticipant);
    assertThat(preview.byLocation())
        .as("the operator saw beforehand whom the app reaches by location")
        .isEqualTo(1);
    long byAddress = asOperator(call -> call.find(action)).rounds().get(0).sendRequestId();
    assertThat(actions.recipientsOf(byAddress, Channel.APP))
        .contains(nearParticipant)
        .doesNotContain(farParticipant);
    assertThat(actions.recipientsOf(byLocation, Channel.SMS)).isEmpty();
    assertThat(actions.recipientsOf(byLocation, Channel.EMAIL)).isEmpty();
  }

  @Test
  @Order(11)
  @RunAsClient
  void turning_location_off_forgets_it_at_once() throws Exception {
    assertThat(api().delete("app/location", farDevice).statusCode()).isEqualTo(204);

    JsonArray seen =
        Json.createReader(new StringReader(api().get("app/actions", farDevice).body())).readArray();
    assertThat(descriptions(seen)).containsExactly(ELSEWHERE_DESCRIPTION);
  }

  @Test
  @Order(12)
  void without_a_location_the_participant_is_reached_by_address_only() {
    assertThat(fixture.hasLocation(farParticipant)).isFalse();

    long action = start("it-web-app-forgotten", "Webapp-test: na het uitzetten.", HOME).id();

    assertThat(fixture.locationRequestOf(action)).isEmpty();
  }

  private ActionView start(String key, String description, GeoPoint centre) {
    return asOperator(
        call ->
            call.start(
                new NewAction(
                    actions.scenarioNamed("Overval").id(),
                    description,
                    "0800-1515",
                    Set.of(Channel.APP),
                    AreaSpecification.circle(centre, 1_000),
                    key)));
  }

  private <T> T asOperator(
      java.util.function.Function<nl.burgernet.action.boundary.Actions, T> call) {
    return actions.asOperatorOf(actions.regionOf(ROTTERDAM), call);
  }

  private static <T> T await(java.util.function.Supplier<T> probe) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    T value = probe.get();
    while (value == null && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
      value = probe.get();
    }
    assertThat(value).as("within " + WAIT).isNotNull();
    return value;
  }

  private static String subscription() {
    LocalPushSubscription device = LocalPeersForTests.peers().pushService().newSubscription();
    return Json.createObjectBuilder()
        .add("endpoint", device.endpoint())
        .add(
            "keys",
            Json.createObjectBuilder().add("p256dh", device.p256dh()).add("auth", device.auth()))
        .build()
        .toString();
  }

  private static String point(double latitude, double longitude) {
    return Json.createObjectBuilder()
        .add("latitude", latitude)
        .add("longitude", longitude)
        .build()
        .toString();
  }

  private static JsonObject withDescription(JsonArray list, String description) {
    return list.stream()
        .map(JsonValue::asJsonObject)
        .filter(action -> action.getString("description").equals(description))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> descriptions(JsonArray list) {
    return list.stream()
        .map(JsonValue::asJsonObject)
        .map(action -> action.getString("description"))
        .filter(description -> description.startsWith("Webapp-test"))
        .toList();
  }

  private static String linkFrom(String email) throws Exception {
    Matcher link = LINK.matcher(MailBox.textOf(MailBox.awaitMessageTo(email, WAIT)));
    assertThat(link.find()).as("magic link in the mail to " + email).isTrue();
    return link.group(1);
  }

  private static String linkJson(String link) {
    return Json.createObjectBuilder().add("link", link).build().toString();
  }

  private static JsonObjectBuilder tipJson(String text, String photo) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("text", text);
    return photo == null ? json : json.add("photo", photo);
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static JsonObject object(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}

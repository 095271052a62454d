package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.burgernet.action.boundary.ActionSummary;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.Actions;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.Closing;
import nl.burgernet.action.boundary.DossierEntryView;
import nl.burgernet.action.boundary.DossierVerification;
import nl.burgernet.action.boundary.NewAction;
import nl.burgernet.action.boundary.OperatorTip;
import nl.burgernet.action.boundary.Reach;
import nl.burgernet.action.boundary.RoundView;
import nl.burgernet.action.boundary.ScenarioView;
import nl.burgernet.action.boundary.TipReceived;
import nl.burgernet.action.boundary.TipView;
import nl.burgernet.action.boundary.Widening;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.DossierEntryKind;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.Outcome;
import nl.burgernet.action.entity.TipSource;
import nl.burgernet.delivery.boundary.ChannelEstimate;
import nl.burgernet.localpeers.LocalSmsc;
import nl.burgernet.localpeers.ReceivedSms;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.QuietHours;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole Burgernetactie as a Rotterdam control-room operator runs it, against the real store,
 * broker and SMS centre: a robbery with a 1 km circle reaches the participants inside it (not the
 * one in her quiet hours, not one of another region, not one 20 km away), a reached participant's
 * SMS reply becomes a tip, a 5 km widening reaches only the new ones, and closing sends the outcome
 * to all who were reached. A double click sends once; the dossier holds every step, its hash chain
 * verifies and finds a row changed behind the application's back; other regions cannot see it.
 *
 * <p>Methods without {@code @RunAsClient} run inside Payara Micro; the others look at the test
 * run's local SMS centre. The methods share the store, so they run in order; numbers start with
 * +316 5501 and no other test uses them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActionProcessIT {

  private static final String ROTTERDAM = "GM0599";
  private static final String UTRECHT = "GM0344";
  // a corner of Rotterdam (IJsselmonde) where no other test puts participants
  private static final GeoPoint INCIDENT = new GeoPoint(51.8805, 4.5410);
  private static final String START_KEY = "it-action-process-start";
  private static final String WIDEN_KEY = "it-action-process-widen-1";
  private static final String DESCRIPTION = "Man, ca. 25 jaar, rode jas, op een zwarte scooter.";
  private static final String CALLBACK = "0800-6008";
  private static final String TIP_TEXT = "Ik zag de scooter bij het winkelcentrum";
  private static final String OUTCOME = "De verdachte is aangehouden dankzij uw tip. Bedankt!";
  private static final Duration WAIT = Duration.ofSeconds(60);

  // inside 1 km
  private static final List<String> NEAR = List.of("+31655010001", "+31655010002", "+31655010003");
  // inside 1 km but in her quiet hours
  private static final String RESTING = "+31655010004";
  // inside 1 km but of Utrecht (Midden-Nederland)
  private static final String OTHER_REGION = "+31655010005";
  // about 3 km away: only the widening reaches them
  private static final List<String> FURTHER = List.of("+31655010011", "+31655010012");
  // about 20 km away
  private static final String FAR = "+31655010021";

  @Deployment
  static WebArchive deployment() {
    // the client-side methods name the local SMS centre's types and the API helper; the server
    // must resolve them to load this class, though it never calls them
    return ActionFixture.addTo(Deployments.burgernet(ActionProcessIT.class, StaffApi.class))
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "local-peers-types.jar")
                .addPackage(LocalSmsc.class.getPackage()));
  }

  @EJB private ActionFixture fixture;

  @Inject private ActionFixture.TipEvents tipEvents;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  @Test
  @Order(1)
  void participants_live_around_the_incident() {
    LocalTime now = LocalTime.now(ZoneId.of("Europe/Amsterdam"));
    for (int i = 0; i < NEAR.size(); i++) {
      fixture.participantAt(NEAR.get(i), offset(0.002 * (i + 1), 0.002), ROTTERDAM, null);
    }
    fixture.participantAt(
        RESTING, offset(-0.003, 0), ROTTERDAM, new QuietHours(now.minusHours(1), now.plusHours(1)));
    fixture.participantAt(OTHER_REGION, offset(0, -0.004), UTRECHT, null);
    fixture.participantAt(FURTHER.get(0), offset(0.027, 0), ROTTERDAM, null);
    fixture.participantAt(FURTHER.get(1), offset(0, -0.040), ROTTERDAM, null);
    fixture.participantAt(FAR, offset(0.18, 0), ROTTERDAM, null);
  }

  @Test
  @Order(2)
  void before_sending_the_operator_sees_whom_a_robbery_alert_reaches() {
    Reach reach =
        asOperator(
            actions ->
                actions.reach(robbery().id(), circle(1_000), Set.of(Channel.SMS, Channel.EMAIL)));

    assertThat(reach.inArea()).as("the three near ones and the resting one").isEqualTo(4);
    assertThat(reach.spared()).as("in her quiet hours").isEqualTo(1);
    assertThat(reach.alreadyReached()).isZero();
    assertThat(reach.channels())
        .filteredOn(c -> c.channel() == Channel.SMS)
        .singleElement()
        .extracting(ChannelEstimate::recipients)
        .isEqualTo(3L);
  }

  @Test
  @Order(3)
  void the_operator_starts_the_action_and_a_double_click_sends_once() {
    ActionView first = asOperator(actions -> actions.start(newAction()));
    ActionView second = asOperator(actions -> actions.start(newAction()));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(first.state()).isEqualTo(ActionState.OPEN);
    assertThat(first.smsText()).contains(DESCRIPTION).contains(CALLBACK);
    assertThat(first.rounds()).singleElement().extracting(RoundView::recipients).isEqualTo(3L);
    assertThat(fixture.sendRequestsWithKey("action-" + first.id() + "-round-1")).isEqualTo(1);
    assertThat(fixture.recipientsOf(first.rounds().get(0).sendRequestId(), Channel.SMS)).hasSize(3);
  }

  @Test
  @Order(4)
  @RunAsClient
  void the_api_shows_the_action_to_its_control_room_and_starting_again_changes_nothing(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);
    long id = ourActionId(api);

    HttpResponse<String> one = api.get("actions/" + id, "meldkamer", DEMO_PASSWORD);
    assertThat(one.statusCode()).isEqualTo(200);
    JsonObject action = StaffApi.object(one);
    assertThat(action.getString("scenarioName")).isEqualTo("Overval");
    assertThat(action.getJsonArray("rounds")).hasSize(1);
    assertThat(api.get("actions/" + id, "rechercheur", DEMO_PASSWORD).statusCode())
        .as("an investigating officer of another region")
        .isEqualTo(403);

    HttpResponse<String> again =
        api.post(
            "actions",
            newActionJson(action.getJsonNumber("scenarioId").longValue(), START_KEY, circleJson()),
            "meldkamer",
            DEMO_PASSWORD);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/actions/" + id));
    assertThat(StaffApi.object(again).getJsonArray("rounds")).hasSize(1);
  }

  @Test
  @Order(5)
  @RunAsClient
  void the_api_refuses_a_self_intersecting_polygon_with_a_dutch_problem(
      @ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);
    String bowTie =
        "{\"kind\":\"POLYGON\",\"polygon\":["
            + point(0, 0)
            + ","
            + point(0.01, 0.01)
            + ","
            + point(0, 0.01)
            + ","
            + point(0.01, 0)
            + "],\"municipalityIds\":[],\"postcodes\":[]}";

    HttpResponse<String> refused =
        api.post(
            "actions",
            newActionJson(scenarioIdOf(api, ourActionId(api)), "it-action-process-bow-tie", bowTie),
            "meldkamer",
            DEMO_PASSWORD);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("snijdt zichzelf");
  }

  @Test
  @Order(6)
  @RunAsClient
  void the_participants_in_the_circle_get_the_sms_and_nobody_else() {
    for (String number : NEAR) {
      assertThat(awaitSmsTo(number).text()).contains(DESCRIPTION).contains(CALLBACK);
    }
    assertThat(smsTo(RESTING)).as("quiet hours").isEmpty();
    assertThat(smsTo(OTHER_REGION)).as("another region").isEmpty();
    assertThat(smsTo(FURTHER.get(0))).isEmpty();
    assertThat(smsTo(FAR)).isEmpty();
  }

  @Test
  @Order(7)
  @RunAsClient
  void a_reached_participant_replies_by_sms() {
    LocalPeersForTests.peers().smsc().sendInbound(NEAR.get(1), "3669", TIP_TEXT);
  }

  @Test
  @Order(8)
  void the_reply_becomes_a_tip_of_the_action_and_reaches_the_screen() {
    long actionId = startedAction().id();
    List<TipView> tips = await(() -> startedAction().tips(), list -> !list.isEmpty());

    assertThat(tips)
        .singleElement()
        .satisfies(
            tip -> {
              assertThat(tip.source()).isEqualTo(TipSource.SMS);
              assertThat(tip.text()).isEqualTo(TIP_TEXT);
              assertThat(tip.from()).isEqualTo("+316****0002");
            });
    List<TipReceived> events =
        await(
            () -> tipEvents.received().stream().filter(e -> e.actionId() == actionId).toList(),
            list -> !list.isEmpty());
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(TipSource.SMS);
              assertThat(e.scopeRegionId()).isEqualTo(fixture.regionOf(ROTTERDAM));
            });
  }

  @Test
  @Order(9)
  void the_operator_types_in_a_tip_from_a_phone_call() {
    long actionId = startedAction().id();

    TipView tip =
        asOperator(
            actions ->
                actions.addTip(
                    actionId, new OperatorTip("Beller: scooter richting brug", offset(0.01, 0))));

    assertThat(tip.source()).isEqualTo(TipSource.OPERATOR);
    assertThat(tip.location()).isEqualTo(offset(0.01, 0));
    assertThat(startedAction().tips()).hasSize(2).first().isEqualTo(tip);
  }

  @Test
  @Order(10)
  void widening_reaches_only_the_participants_not_reached_yet() {
    long actionId = startedAction().id();

    Reach reach = asOperator(actions -> actions.widenedReach(actionId, circle(5_000)));
    RoundView round =
        asOperator(actions -> actions.widen(actionId, new Widening(circle(5_000), WIDEN_KEY)));
    RoundView again =
        asOperator(actions -> actions.widen(actionId, new Widening(circle(5_000), WIDEN_KEY)));

    assertThat(reach.alreadyReached()).isEqualTo(3);
    assertThat(reach.channels())
        .filteredOn(c -> c.channel() == Channel.SMS)
        .singleElement()
        .extracting(ChannelEstimate::recipients)
        .isEqualTo(2L);
    assertThat(round.number()).isEqualTo(2);
    assertThat(again).as("a double click on widen").isEqualTo(round);
    assertThat(fixture.recipientsOf(round.sendRequestId(), Channel.SMS)).hasSize(2);
    assertThat(startedAction().rounds()).hasSize(2);
  }

  @Test
  @Order(11)
  @RunAsClient
  void the_widening_reaches_the_further_ones_and_does_not_repeat_itself() {
    for (String number : FURTHER) {
      assertThat(awaitSmsTo(number).text()).contains(DESCRIPTION);
    }
    assertThat(smsTo(NEAR.get(0))).as("the first round's SMS only").hasSize(1);
    assertThat(smsTo(FAR)).isEmpty();
  }

  @Test
  @Order(12)
  void closing_sends_the_outcome_to_everyone_reached() {
    long actionId = startedAction().id();

    ActionView closed =
        asOperator(
            actions ->
                actions.close(actionId, new Closing(Outcome.FOUND_THANKS_TO_PARTICIPANT, OUTCOME)));

    assertThat(closed.state()).isEqualTo(ActionState.CLOSED);
    assertThat(closed.outcome()).isEqualTo(Outcome.FOUND_THANKS_TO_PARTICIPANT);
    assertThat(fixture.recipientsOf(closed.outcomeRequestId(), Channel.SMS)).hasSize(5);
    assertThatThrownBy(
            () ->
                asOperator(
                    actions -> actions.close(actionId, new Closing(Outcome.NOT_FOUND, "Nogmaals"))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  @Order(13)
  @RunAsClient
  void every_reached_participant_gets_the_outcome_message() {
    List<String> reached = new ArrayList<>(NEAR);
    reached.addAll(FURTHER);
    for (String number : reached) {
      LocalPeersForTests.peers()
          .smsc()
          .awaitMessage(
              sms -> sms.e164Destination().equals(number) && sms.text().contains(OUTCOME), WAIT)
          .orElseThrow(() -> new AssertionError("no outcome message to " + number));
    }
    assertThat(smsTo(RESTING)).isEmpty();
  }

  @Test
  @Order(14)
  void the_dossier_holds_every_step_and_its_chain_verifies() {
    long actionId = startedAction().id();

    List<DossierEntryView> dossier = asOperator(actions -> actions.dossier(actionId));
    DossierVerification verification = asOperator(actions -> actions.verifyDossier(actionId));

    assertThat(dossier)
        .extracting(DossierEntryView::kind)
        .containsExactly(
            DossierEntryKind.STARTED,
            DossierEntryKind.ROUND_SENT,
            DossierEntryKind.TIP_RECEIVED,
            DossierEntryKind.TIP_RECEIVED,
            DossierEntryKind.ROUND_SENT,
            DossierEntryKind.CLOSED,
            DossierEntryKind.OUTCOME_SENT);
    assertThat(dossier.get(2).content()).contains(TIP_TEXT);
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entries()).isEqualTo(7);
  }

  @Test
  @Order(15)
  void a_dossier_row_changed_behind_the_applications_back_is_found() throws SQLException {
    long actionId = startedAction().id();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement change =
            connection.prepareStatement(
                "UPDATE action_dossier_entry SET content = ? WHERE action_id = ? AND sequence = 3")) {
      change.setString(1, "Tip via SMS: niets gezien");
      change.setLong(2, actionId);
      assertThat(change.executeUpdate()).isEqualTo(1);
    }

    DossierVerification verification = asOperator(actions -> actions.verifyDossier(actionId));

    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBrokenSequence()).isEqualTo(3);
  }

  @Test
  @Order(16)
  void staff_of_another_region_cannot_see_the_action() {
    long actionId = startedAction().id();
    long middenNederland = fixture.regionOf(UTRECHT);

    assertThatThrownBy(
            () -> fixture.asOperatorOf(middenNederland, actions -> actions.find(actionId)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> fixture.asOperatorOf(middenNederland, actions -> actions.dossier(actionId)))
        .isInstanceOf(NotFoundException.class);
    List<ActionSummary> theirs =
        fixture.asOperatorOf(middenNederland, actions -> actions.latest(100));
    assertThat(theirs).noneMatch(summary -> summary.id() == actionId);
  }

  /** The action of this test, as the Rotterdam operator's list shows it. */
  private static long ourActionId(StaffApi api) {
    return StaffApi.array(api.get("actions", "meldkamer", DEMO_PASSWORD))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(action -> action.getString("description").equals(DESCRIPTION))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static long scenarioIdOf(StaffApi api, long actionId) {
    return StaffApi.object(api.get("actions/" + actionId, "meldkamer", DEMO_PASSWORD))
        .getJsonNumber("scenarioId")
        .longValue();
  }

  private static String newActionJson(long scenarioId, String key, String areaJson) {
    return Json.createObjectBuilder()
        .add("scenarioId", scenarioId)
        .add("description", DESCRIPTION)
        .add("callbackNumber", CALLBACK)
        .add("channels", Json.createArrayBuilder().add("SMS"))
        .add("area", Json.createReader(new StringReader(areaJson)).readObject())
        .add("idempotencyKey", key)
        .build()
        .toString();
  }

  private static String circleJson() {
    return "{\"kind\":\"CIRCLE\",\"centre\":"
        + point(0, 0)
        + ",\"radiusMetres\":1000,\"polygon\":[],\"municipalityIds\":[],\"postcodes\":[]}";
  }

  private static String point(double latitude, double longitude) {
    GeoPoint point = offset(latitude, longitude);
    return "{\"latitude\":" + point.latitude() + ",\"longitude\":" + point.longitude() + "}";
  }

  private ActionView startedAction() {
    return asOperator(actions -> actions.start(newAction()));
  }

  private NewAction newAction() {
    return new NewAction(
        robbery().id(), DESCRIPTION, CALLBACK, Set.of(Channel.SMS), circle(1_000), START_KEY);
  }

  private ScenarioView robbery() {
    return fixture.scenarioNamed("Overval");
  }

  private <T> T asOperator(Function<Actions, T> call) {
    return fixture.asOperatorOf(fixture.regionOf(ROTTERDAM), call);
  }

  private static AreaSpecification circle(int metres) {
    return AreaSpecification.circle(INCIDENT, metres);
  }

  private static GeoPoint offset(double latitude, double longitude) {
    return new GeoPoint(INCIDENT.latitude() + latitude, INCIDENT.longitude() + longitude);
  }

  private static ReceivedSms awaitSmsTo(String number) {
    return LocalPeersForTests.peers()
        .smsc()
        .awaitMessage(sms -> sms.e164Destination().equals(number), WAIT)
        .orElseThrow(() -> new AssertionError("no SMS to " + number + " within " + WAIT));
  }

  private static List<ReceivedSms> smsTo(String number) {
    return LocalPeersForTests.peers().smsc().received().stream()
        .filter(sms -> sms.e164Destination().equals(number))
        .toList();
  }

  private static <T> T await(Supplier<T> value, Predicate<T> done) {
    Instant deadline = Instant.now().plus(WAIT);
    T current = value.get();
    while (!done.test(current) && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
      current = value.get();
    }
    return current;
  }
}

package nl.burgernet.action.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.RoundView;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.CapEventProfile;
import nl.burgernet.action.entity.CapMessage;
import nl.burgernet.action.entity.CapMessage.MessageType;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.Outcome;
import nl.burgernet.participant.entity.Channel;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class CapMessagesTest {

  private static final String SENDER = "burgernet@politie.nl";
  private static final Instant STARTED = Instant.parse("2026-11-22T19:30:00.250Z");
  private static final Instant WIDENED = Instant.parse("2026-11-22T19:45:10Z");
  private static final Instant CLOSED = Instant.parse("2026-11-22T20:15:00Z");
  private static final GeoPoint CENTRE = new GeoPoint(51.8805, 4.541);

  @Test
  void the_start_is_an_alert_with_a_circle_in_kilometres_and_dutch_local_time() throws Exception {
    CapMessage alert = messages(open()).get(0);

    assertThat(alert.msgType()).isEqualTo(MessageType.Alert);
    assertThat(alert.identifier()).isEqualTo("burgernet-actie-42-ronde-1");
    assertThat(alert.references()).isEmpty();
    assertThat(alert.area().circle()).isEqualTo("51.880500,4.541000 1.500");
    String document = CapDocument.write(alert);
    CapSchema.validate(document);
    assertThat(document)
        .contains("<sent>2026-11-22T20:30:00+01:00</sent>")
        .contains("<status>Actual</status>")
        .contains("<language>nl-NL</language>")
        .contains("<category>Security</category>")
        .contains("<event>Overval</event>")
        .contains("<urgency>Immediate</urgency>")
        .contains("<severity>Severe</severity>")
        .contains("<certainty>Observed</certainty>")
        .contains("rode jas &amp; &lt;helm&gt;");
  }

  @Test
  void a_widening_is_an_update_referencing_the_alert_with_the_closed_polygon() throws Exception {
    CapMessage update = messages(open()).get(1);

    assertThat(update.msgType()).isEqualTo(MessageType.Update);
    assertThat(update.references())
        .containsExactly(SENDER + ",burgernet-actie-42-ronde-1,2026-11-22T20:30:00+01:00");
    assertThat(update.area().polygon())
        .isEqualTo("51.870000,4.530000 51.890000,4.530000 51.890000,4.560000 51.870000,4.530000");
    CapSchema.validate(CapDocument.write(update));
  }

  @Test
  void closing_with_a_find_is_an_all_clear_update_and_calling_off_a_cancel() throws Exception {
    List<CapMessage> found = messages(closed(Outcome.FOUND_THANKS_TO_PARTICIPANT));
    CapMessage closure = found.get(2);

    assertThat(closure.msgType()).isEqualTo(MessageType.Update);
    assertThat(closure.identifier()).isEqualTo("burgernet-actie-42-afloop");
    assertThat(closure.references()).hasSize(2);
    assertThat(closure.profile().responseType()).isEqualTo("AllClear");
    assertThat(closure.description()).isEqualTo("Aangehouden dankzij uw tip.");
    CapSchema.validate(CapDocument.write(closure));

    assertThat(messages(closed(Outcome.CANCELLED)).get(2).msgType()).isEqualTo(MessageType.Cancel);
  }

  @Test
  void every_message_of_an_exercise_or_a_test_carries_its_status_and_stays_valid_cap()
      throws Exception {
    for (ActionStatus status : List.of(ActionStatus.EXERCISE, ActionStatus.TEST)) {
      List<CapMessage> all =
          messages(action(status, twoRounds(), Outcome.FOUND_OTHERWISE, "Teruggevonden.", CLOSED));

      assertThat(all).hasSize(3);
      for (CapMessage message : all) {
        String document = CapDocument.write(message);
        CapSchema.validate(document);
        assertThat(document)
            .as(status + " " + message.identifier())
            .contains("<status>" + status.capValue() + "</status>")
            .doesNotContain("<status>Actual</status>");
      }
    }
    assertThat(
            messages(action(ActionStatus.EXERCISE, twoRounds(), null, null, null))
                .get(0)
                .headline())
        .isEqualTo("OEFENING: Burgernetactie: Overval");
  }

  @Test
  void the_feed_names_each_messages_status_as_a_category() {
    CapMessage exercise =
        messages(action(ActionStatus.EXERCISE, twoRounds(), null, null, null)).get(0);
    CapMessage actual = messages(open()).get(0);

    String feed =
        CapFeed.write(
            List.of(exercise, actual),
            CLOSED,
            new CapFeed.Links() {
              @Override
              public String feed() {
                return "https://burgernet.example/api/v1/cap/feed";
              }

              @Override
              public String documentOf(CapMessage message) {
                return "https://burgernet.example/api/v1/actions/" + message.actionId() + "/cap";
              }
            });

    assertThat(feed)
        .contains("<category scheme=\"" + CapFeed.STATUS_SCHEME + "\" term=\"Exercise\"/>")
        .contains("<category scheme=\"" + CapFeed.STATUS_SCHEME + "\" term=\"Actual\"/>");
  }

  @Test
  void an_area_of_municipalities_is_given_by_their_cbs_codes() throws Exception {
    ActionView action =
        action(
            List.of(round(1, AreaSpecification.municipalities(Set.of(7L)), STARTED)),
            null,
            null,
            null);

    CapMessage alert = CapMessages.of(action, SENDER, ids -> List.of("GM0599")).get(0);

    assertThat(alert.area().geocodes()).containsEntry("CBS-gemeentecode", List.of("GM0599"));
    CapSchema.validate(CapDocument.write(alert));
  }

  @Test
  void each_kind_maps_to_the_caps_categories() {
    assertThat(CapEventProfile.of(ActionKind.AMBER_ALERT))
        .isEqualTo(new CapEventProfile("Rescue", "Monitor", "Immediate", "Extreme", "Likely"));
    assertThat(CapEventProfile.of(ActionKind.DISASTER).responseType()).isEqualTo("Shelter");
    assertThat(CapEventProfile.of(ActionKind.NON_CRIMINAL_ALERT).category()).isEqualTo("Other");
    for (ActionKind kind : ActionKind.values()) {
      assertThat(CapEventProfile.of(kind).urgency()).isNotBlank();
    }
  }

  @Test
  void the_schema_refuses_a_document_that_is_no_cap() {
    assertThatThrownBy(
            () ->
                CapSchema.validate(
                    CapDocument.write(messages(open()).get(0))
                        .replace("<status>Actual</status>", "<status>Echt</status>")))
        .isInstanceOf(SAXException.class);
  }

  private static List<CapMessage> messages(ActionView action) {
    return CapMessages.of(action, SENDER, ids -> List.of());
  }

  private static ActionView open() {
    return action(twoRounds(), null, null, null);
  }

  private static ActionView closed(Outcome outcome) {
    return action(twoRounds(), outcome, "Aangehouden dankzij uw tip.", CLOSED);
  }

  private static List<RoundView> twoRounds() {
    return List.of(
        round(1, AreaSpecification.circle(CENTRE, 1_500), STARTED),
        round(
            2,
            AreaSpecification.polygon(
                List.of(
                    new GeoPoint(51.87, 4.53),
                    new GeoPoint(51.89, 4.53),
                    new GeoPoint(51.89, 4.56))),
            WIDENED));
  }

  private static RoundView round(int number, AreaSpecification area, Instant sentAt) {
    return new RoundView(number, area, 100L + number, 10, "meldkamer", sentAt);
  }

  private static ActionView action(
      List<RoundView> rounds, Outcome outcome, String outcomeMessage, Instant closedAt) {
    return action(ActionStatus.ACTUAL, rounds, outcome, outcomeMessage, closedAt);
  }

  private static ActionView action(
      ActionStatus status,
      List<RoundView> rounds,
      Outcome outcome,
      String outcomeMessage,
      Instant closedAt) {
    return new ActionView(
        42,
        3,
        "Overval",
        ActionKind.ROBBERY,
        status,
        "Man, rode jas & <helm>",
        "0800-6008",
        Set.of(Channel.SMS),
        "sms",
        "spraak",
        closedAt == null ? ActionState.OPEN : ActionState.CLOSED,
        "meldkamer",
        STARTED,
        rounds,
        List.of(),
        outcome,
        outcomeMessage,
        closedAt,
        null);
  }
}

package nl.burgernet.action.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.burgernet.action.boundary.AreaSpecification.AreaKind;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class IncomingCapTest {

  @Test
  void an_amber_alert_with_a_circle_proposes_an_amber_action_around_its_centre() {
    IncomingCap alert =
        IncomingCap.read(
            alert("Actual", "Alert", "Rescue", "AMBER Alert", "<circle>51.92,4.48 12.5</circle>"));

    assertThat(alert.sender()).isEqualTo("amber-alert@politie.nl");
    assertThat(alert.identifier()).isEqualTo("AMBER-2026-17");
    assertThat(alert.proposedKind()).isEqualTo(ActionKind.AMBER_ALERT);
    assertThat(alert.area().kind()).isEqualTo(AreaKind.CIRCLE);
    assertThat(alert.area().centre()).isEqualTo(new GeoPoint(51.92, 4.48));
    assertThat(alert.area().radiusMetres()).isEqualTo(12_500);
    assertThat(alert.description()).isEqualTo("Meisje, 6 jaar, roze jas.");
    assertThat(alert.contact()).isEqualTo("0800-6070");
  }

  @Test
  void a_polygon_loses_its_repeated_first_corner_and_a_gas_leak_is_a_disaster() {
    IncomingCap alert =
        IncomingCap.read(
            alert(
                "Actual",
                "Alert",
                "CBRNE",
                "Gaslek",
                "<polygon>51.90,4.40 51.95,4.40 51.95,4.50 51.90,4.40</polygon>"));

    assertThat(alert.area().polygon()).hasSize(3);
    assertThat(alert.proposedKind()).isEqualTo(ActionKind.DISASTER);
  }

  @Test
  void municipality_codes_are_kept_for_the_store_to_look_up() {
    IncomingCap alert =
        IncomingCap.read(
            alert(
                "Actual",
                "Alert",
                "Rescue",
                "Vermist kind",
                "<geocode><valueName>CBS-gemeentecode</valueName><value>gm0599</value></geocode>"));

    assertThat(alert.municipalityCodes()).containsExactly("GM0599");
    assertThat(alert.area().kind()).isEqualTo(AreaKind.MUNICIPALITIES);
    assertThat(alert.proposedKind()).isEqualTo(ActionKind.MISSING_CHILD);
  }

  @Test
  void an_exercise_or_test_alert_proposes_an_action_of_its_status() {
    String circle = "<circle>51.92,4.48 5</circle>";

    assertThat(IncomingCap.read(alert("Actual", "Alert", "Rescue", "AMBER Alert", circle)).status())
        .isEqualTo(ActionStatus.ACTUAL);
    assertThat(
            IncomingCap.read(alert("Exercise", "Alert", "Rescue", "AMBER Alert", circle)).status())
        .isEqualTo(ActionStatus.EXERCISE);
    assertThat(IncomingCap.read(alert("Test", "Alert", "Rescue", "AMBER Alert", circle)).status())
        .isEqualTo(ActionStatus.TEST);
  }

  @Test
  void an_update_and_a_cancel_name_the_earlier_alerts_they_are_about() {
    String circle = "<circle>51.92,4.48 5</circle>";
    String earlier =
        "amber-alert@politie.nl,AMBER-2026-16,2026-11-22T20:00:00+01:00"
            + " amber-alert@politie.nl,AMBER-2026-15,2026-11-22T19:30:00+01:00";

    IncomingCap update =
        IncomingCap.read(
            referring(alert("Actual", "Update", "Rescue", "AMBER Alert", circle), earlier));
    IncomingCap cancel =
        IncomingCap.read(
            referring(alert("Actual", "Cancel", "Rescue", "AMBER Alert", circle), earlier)
                .replaceAll("(?s)<info>.*</info>", ""));

    assertThat(update.type()).isEqualTo(IncomingCap.Type.UPDATE);
    assertThat(update.references())
        .containsExactly(
            new IncomingCap.Reference("amber-alert@politie.nl", "AMBER-2026-16"),
            new IncomingCap.Reference("amber-alert@politie.nl", "AMBER-2026-15"));
    assertThat(update.area().radiusMetres()).isEqualTo(5_000);
    assertThat(cancel.type()).isEqualTo(IncomingCap.Type.CANCEL);
    assertThat(cancel.references()).hasSize(2);
    assertThat(cancel.area()).as("a cancel needs no area").isNull();
  }

  @Test
  void an_update_or_cancel_without_references_and_a_reference_that_cannot_be_read_are_refused() {
    String circle = "<circle>51.92,4.48 5</circle>";
    assertRefused(
        alert("Actual", "Update", "Rescue", "AMBER Alert", circle), "action.cap.noReferences");
    assertRefused(
        alert("Actual", "Cancel", "Rescue", "AMBER Alert", circle), "action.cap.noReferences");
    assertRefused(
        referring(alert("Actual", "Update", "Rescue", "AMBER Alert", circle), "AMBER-2026-16"),
        "action.cap.reference");
  }

  @Test
  void system_messages_drafts_acknowledgements_documents_without_an_area_and_no_cap_are_refused() {
    String circle = "<circle>51.92,4.48 5</circle>";
    assertRefused(alert("System", "Alert", "Rescue", "AMBER Alert", circle), "action.cap.status");
    assertRefused(alert("Draft", "Alert", "Rescue", "AMBER Alert", circle), "action.cap.status");
    assertRefused(alert("Actual", "Ack", "Rescue", "AMBER Alert", circle), "action.cap.notAlert");
    assertRefused(alert("Actual", "Alert", "Rescue", "AMBER Alert", ""), "action.cap.noArea");
    assertRefused(
        alert("Actual", "Alert", "Rescue", "AMBER Alert", "<circle>ergens</circle>"),
        "action.cap.area");
    assertRefused(alert("Echt", "Alert", "Rescue", "AMBER Alert", circle), "action.cap.invalid");
    assertRefused("<alert>geen CAP</alert>", "action.cap.invalid");
  }

  @Test
  void a_document_type_declaration_is_refused_so_no_entity_is_ever_expanded() {
    String withEntity =
        "<?xml version=\"1.0\"?><!DOCTYPE alert [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + alert("Actual", "Alert", "Rescue", "&x;", "<circle>51.92,4.48 5</circle>")
                .replaceFirst("<\\?xml[^>]*>", "");

    assertRefused(withEntity, "action.cap.invalid");
  }

  private static void assertRefused(String document, String key) {
    assertThatThrownBy(() -> IncomingCap.read(document))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
  }

  /** The document with CAP's references (after scope, as the schema orders them). */
  private static String referring(String document, String references) {
    return document.replace(
        "<scope>Public</scope>",
        "<scope>Public</scope><references>" + references + "</references>");
  }

  static String alert(String status, String msgType, String category, String event, String area) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>AMBER-2026-17</identifier>
          <sender>amber-alert@politie.nl</sender>
          <sent>2026-11-22T20:30:00+01:00</sent>
          <status>%s</status>
          <msgType>%s</msgType>
          <scope>Public</scope>
          <info>
            <language>nl-NL</language>
            <category>%s</category>
            <event>%s</event>
            <urgency>Immediate</urgency>
            <severity>Extreme</severity>
            <certainty>Likely</certainty>
            <headline>%s</headline>
            <description>Meisje, 6 jaar, roze jas.</description>
            <contact>0800-6070</contact>
            <area>
              <areaDesc>Rotterdam</areaDesc>
              %s
            </area>
          </info>
        </alert>
        """
        .formatted(status, msgType, category, event, event, area);
  }
}

package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.AddressChange;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.Postcode;
import nl.burgernet.participant.entity.QuietHours;
import nl.burgernet.participant.entity.RegistrationSource;
import org.junit.jupiter.api.Test;

class ParticipantExportTest {

  private static final Instant NOW = Instant.parse("2026-11-02T10:15:30Z");

  @Test
  void the_export_holds_the_participants_data_and_no_ids_hashes_or_tokens() {
    Participant participant = participant();
    AddressChange change =
        new AddressChange(
            participant,
            new Address(Postcode.of("7411 AB"), 3, "b", "Brink", "Deventer"),
            null,
            NOW);
    change.reject("Onbekend adres", "relatiebeheer", NOW);

    JsonObject json =
        ParticipantExport.of(participant, List.of(change), List.of(), List.of(), null, NOW);

    assertThat(json.getString("name")).isEqualTo("Jan Jansen");
    assertThat(json.getString("email")).isEqualTo("jan@example.nl");
    assertThat(json.getString("mobile")).isEqualTo("+31612345678");
    assertThat(json.getJsonObject("home").getString("postcode")).isEqualTo("7411 AA");
    assertThat(json.getJsonObject("home").getInt("houseNumber")).isEqualTo(12);
    assertThat(json.getJsonArray("channels").getString(0)).isEqualTo("SMS");
    assertThat(json.getJsonObject("quietHours").getString("from")).isEqualTo("23:00");
    assertThat(json.getInt("yearOfBirth")).isEqualTo(1980);
    assertThat(json.getString("status")).isEqualTo("ACTIVE");
    JsonObject exportedChange = json.getJsonArray("addressChanges").getJsonObject(0);
    assertThat(exportedChange.getString("status")).isEqualTo("REJECTED");
    assertThat(exportedChange.getString("rejectionReason")).isEqualTo("Onbekend adres");

    String text = json.toString();
    assertThat(json).doesNotContainKeys("id", "version", "unsubscribeToken", "scopeRegionId");
    assertThat(text)
        .doesNotContain(participant.getUnsubscribeToken())
        .doesNotContain("relatiebeheer")
        .doesNotContain("a".repeat(64));
  }

  private static Participant participant() {
    Participant participant =
        new Participant(
            new ContactDetails(
                "Jan Jansen",
                PhoneNumber.of("+31612345678"),
                null,
                EmailAddress.of("jan@example.nl")),
            new Address(Postcode.of("7411 AA"), 12, null, "Brink", "Deventer"),
            EnumSet.of(Channel.SMS),
            1980,
            2026,
            RegistrationSource.WEB,
            NOW,
            NOW);
    participant.changeQuietHours(new QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0)));
    participant.awaitConfirmation("a".repeat(64), NOW.plusSeconds(3600), NOW);
    participant.confirm(NOW.plusSeconds(60));
    return participant;
  }
}

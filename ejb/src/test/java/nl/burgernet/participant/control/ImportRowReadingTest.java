package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nl.burgernet.participant.control.ImportRowReading.Reading;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.RegistrationSource;
import org.junit.jupiter.api.Test;

class ImportRowReadingTest {

  private static final Instant IMPORTED = Instant.parse("2026-11-22T12:00:00Z");

  private static final String HEADER =
      "naam;mobiel;vast;email;postcode;huisnummer;toevoeging;geboortejaar;kanalen;bron;aangemeld_op\n";

  @Test
  void a_full_row_becomes_the_details_of_a_registration() {
    Reading reading =
        read(
            "Jan de Vries;06-12345678;;jan@example.nl;7411AA;12;b;1970;sms email;kaart;2024-03-01");

    assertThat(reading.isRefused()).isFalse();
    assertThat(reading.details().name()).isEqualTo("Jan de Vries");
    assertThat(reading.details().home().houseNumber()).isEqualTo(12);
    assertThat(reading.details().home().addition()).isEqualTo("b");
    assertThat(reading.details().yearOfBirth()).isEqualTo(1970);
    assertThat(reading.details().channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
    assertThat(reading.source()).isEqualTo(RegistrationSource.CARD);
    assertThat(reading.consentAt()).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
  }

  @Test
  void without_channels_the_contact_details_choose_them_and_the_source_is_import() {
    Reading reading = read("Jan;06-12345678;;jan@example.nl;7411AA;12;;1970;;;");

    assertThat(reading.details().channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
    assertThat(reading.source()).isEqualTo(RegistrationSource.IMPORT);
    assertThat(reading.consentAt()).isEqualTo(IMPORTED);
    assertThat(read("Jan;;010 1234567;;7411AA;12;;1970;;;").details().channels())
        .containsExactly(Channel.VOICE);
  }

  @Test
  void a_house_number_that_is_no_number_is_refused_with_its_column() {
    ImportRefusal refusal = read("Jan;06-12345678;;;7411AA;twaalf;;1970;;;").refusal();

    assertThat(refusal.column()).isEqualTo(ImportColumn.HUISNUMMER);
    assertThat(refusal.reasonKey()).isEqualTo("participant.houseNumber.invalid");
  }

  @Test
  void an_unknown_channel_source_or_date_is_refused() {
    assertThat(read("Jan;06-12345678;;;7411AA;1;;1970;fax;;").refusal())
        .isEqualTo(new ImportRefusal(ImportColumn.KANALEN, "import.reason.channel", "fax"));
    assertThat(read("Jan;06-12345678;;;7411AA;1;;1970;;post;").refusal().column())
        .isEqualTo(ImportColumn.BRON);
    assertThat(read("Jan;06-12345678;;;7411AA;1;;1970;;;1-3-2024").refusal().reasonKey())
        .isEqualTo("import.reason.consentDate");
    assertThat(read("Jan;06-12345678;;;7411AA;1;;1970;;;2030-01-01").refusal().reasonKey())
        .isEqualTo("import.reason.consentFuture");
  }

  @Test
  void iso_date_times_are_taken_with_or_without_offset() {
    assertThat(read("Jan;06-12345678;;;7411AA;1;;1970;;;2024-03-01T10:15:00").consentAt())
        .isEqualTo(Instant.parse("2024-03-01T09:15:00Z"));
    assertThat(read("Jan;06-12345678;;;7411AA;1;;1970;;;2024-03-01T10:15:00Z").consentAt())
        .isEqualTo(Instant.parse("2024-03-01T10:15:00Z"));
  }

  @Test
  void a_row_with_a_missing_field_or_a_huge_value_is_refused() {
    assertThat(read("Jan;06-12345678").refusal().reasonKey()).isEqualTo("import.reason.columns");
    assertThat(read("J".repeat(5000) + ";06-12345678;;;7411AA;1;;1970;;;").refusal())
        .isEqualTo(ImportRefusal.of(ImportColumn.NAAM, "import.reason.oversized"));
  }

  private static Reading read(String row) {
    ImportFile file = ImportFile.read((HEADER + row + "\n").getBytes(StandardCharsets.UTF_8));
    return ImportRowReading.read(file.rows().get(0), IMPORTED);
  }
}

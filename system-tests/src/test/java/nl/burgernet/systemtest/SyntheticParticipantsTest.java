package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.participant.control.CsvGeocoder;
import nl.burgernet.participant.control.PhoneKind;
import nl.burgernet.participant.control.PhoneNumbers;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Postcode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic base is what the benchmarks claim it is: valid, unique, spread, reproducible. */
class SyntheticParticipantsTest {

  private static final int COUNT = 30_000;

  private final SyntheticParticipants base = SyntheticParticipants.of(42, COUNT);

  @Test
  void the_same_seed_gives_the_same_participants_and_another_seed_others() {
    SyntheticParticipants again = SyntheticParticipants.of(42, COUNT);
    SyntheticParticipants other = SyntheticParticipants.of(43, COUNT);

    assertThat(again.participant(12_345)).isEqualTo(base.participant(12_345));
    assertThat(other.participant(12_345).reference())
        .isNotEqualTo(base.participant(12_345).reference());
  }

  @Test
  void participants_are_spread_over_the_municipalities_by_inhabitants() {
    long inhabitants =
        base.municipalities().stream().mapToLong(SyntheticMunicipality::inhabitants).sum();

    assertThat(base.municipalities()).hasSize(69);
    for (SyntheticMunicipality municipality : base.municipalities()) {
      double expected = (double) COUNT * municipality.inhabitants() / inhabitants;
      assertThat((double) base.countIn(municipality)).isBetween(expected - 1, expected + 1);
    }
    assertThat(base.stream().filter(p -> p.municipality().name().equals("Rotterdam")).count())
        .isEqualTo(base.countIn(municipality("Rotterdam")));
  }

  @Test
  void every_number_and_address_is_valid_and_every_number_and_address_unique() {
    List<SyntheticParticipant> all = base.stream().toList();
    Set<String> phones = new HashSet<>();
    Set<String> emails = new HashSet<>();
    for (SyntheticParticipant p : all) {
      if (p.mobile() != null) {
        assertThat(PhoneNumbers.parse(p.mobile(), PhoneKind.MOBILE)).isPresent();
        assertThat(phones.add(p.mobile())).as(p.mobile()).isTrue();
      }
      if (p.landline() != null) {
        assertThat(PhoneNumbers.parse(p.landline(), PhoneKind.LANDLINE)).isPresent();
        assertThat(phones.add(p.landline())).as(p.landline()).isTrue();
      }
      if (p.email() != null) {
        assertThat(EmailAddress.of(p.email()).value()).isEqualTo(p.email());
        assertThat(emails.add(p.email())).as(p.email()).isTrue();
      }
      assertThat(p.mobile() != null || p.landline() != null || p.email() != null).isTrue();
      assertThat(Postcode.of(p.postcode().value()).value()).isEqualTo(p.postcode().value());
      assertThat(p.yearOfBirth())
          .isLessThanOrEqualTo(SyntheticParticipants.REFERENCE_DAY.getYear() - 16);
      assertThat(p.channels()).isNotEmpty();
      if (p.channels().contains("SMS")) {
        assertThat(p.mobile()).isNotNull();
      }
      if (p.channels().contains("EMAIL")) {
        assertThat(p.email()).isNotNull();
      }
      assertThat(p.reference()).hasSize(36);
      assertThat(p.unsubscribeToken()).hasSize(43);
    }
    assertThat(all.stream().map(SyntheticParticipant::name).distinct().count())
        .isGreaterThan(5_000);
  }

  @Test
  void every_postcode_geocodes_near_its_municipality(@TempDir Path dir) throws IOException {
    Path centroids = dir.resolve("centroids.csv");
    base.writeCentroids(centroids);
    CsvGeocoder geocoder;
    try (Reader reader = Files.newBufferedReader(centroids)) {
      geocoder = CsvGeocoder.of(reader);
    }

    Set<String> postcodes =
        base.postcodes().map(SyntheticPostcode::value).collect(Collectors.toSet());
    assertThat(postcodes).hasSize((int) base.postcodes().count());
    for (int i = 0; i < COUNT; i += 97) {
      SyntheticParticipant p = base.participant(i);
      var location = geocoder.locate(Postcode.of(p.postcode().value()), p.houseNumber(), null);
      assertThat(location).isPresent();
      assertThat(location.get().municipalityCode()).isEqualTo(p.municipality().cbsCode());
      double km =
          Math.hypot(
              (location.get().latitude() - p.municipality().latitude()) * 111.2,
              (location.get().longitude() - p.municipality().longitude()) * 68.5);
      assertThat(km).isLessThan(p.municipality().radiusKm() + 1);
    }
  }

  @Test
  void the_import_file_has_the_agreed_header_and_a_row_per_participant(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("import.csv");
    SyntheticParticipants.of(7, 1_000).writeImportCsv(file);

    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo(SyntheticParticipants.IMPORT_HEADER);
    assertThat(lines).hasSize(1_001);
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(11));
  }

  private SyntheticMunicipality municipality(String name) {
    return base.municipalities().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}

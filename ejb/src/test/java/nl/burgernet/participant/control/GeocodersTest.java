package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import nl.burgernet.participant.entity.Postcode;
import org.junit.jupiter.api.Test;

class GeocodersTest {

  @Test
  void the_csv_geocoder_finds_the_centroid_of_a_postcode_however_it_is_written() {
    CsvGeocoder geocoder =
        CsvGeocoder.of(
            new StringReader(
                "postcode,latitude,longitude,municipality_code\n"
                    + "3011AB,51.9219,4.4853,GM0599\n"
                    + "7411 aa,52.2542,6.1599,GM0150\n"));

    assertThat(geocoder.locate(Postcode.of("3011 AB"), 1, null))
        .hasValueSatisfying(
            location -> {
              assertThat(location.latitude()).isEqualTo(51.9219);
              assertThat(location.longitude()).isEqualTo(4.4853);
              assertThat(location.municipalityCode()).isEqualTo("GM0599");
            });
    assertThat(geocoder.locate(Postcode.of("7411AA"), 3, "b")).isPresent();
    assertThat(geocoder.locate(Postcode.of("9999 ZZ"), 1, null)).isEmpty();
  }

  @Test
  void the_centre_of_a_postcode_area_is_the_mean_of_its_postcodes() {
    CsvGeocoder geocoder =
        CsvGeocoder.of(
            new StringReader(
                "postcode,latitude,longitude,municipality_code\n"
                    + "3511 AA,52.0900,5.1100,GM0344\n"
                    + "3511 LA,52.1000,5.1300,GM0344\n"
                    + "7411 AA,52.2542,6.1599,GM0150\n"));

    var centres = geocoder.areaCentres();

    assertThat(centres).containsOnlyKeys("3511", "7411");
    assertThat(centres.get("3511").latitude()).isCloseTo(52.095, within(1e-9));
    assertThat(centres.get("3511").longitude()).isCloseTo(5.12, within(1e-9));
    assertThat(centres.get("7411").latitude()).isEqualTo(52.2542);
  }

  @Test
  void a_malformed_row_is_reported_with_its_line() {
    assertThatThrownBy(
            () ->
                CsvGeocoder.of(
                    new StringReader(
                        "postcode,latitude,longitude,municipality_code\n"
                            + "3011AB,51.9,4.4,GM0599\n"
                            + "3011AC,noord,4.4,GM0599\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void the_shipped_sample_covers_the_four_demo_municipalities() {
    CsvGeocoder sample =
        CsvGeocoder.of(
            new InputStreamReader(
                Objects.requireNonNull(
                    getClass().getClassLoader().getResourceAsStream(CsvGeocoder.SAMPLE)),
                StandardCharsets.UTF_8));

    assertThat(sample.locate(Postcode.of("3011 AB"), 1, null).orElseThrow().municipalityCode())
        .isEqualTo("GM0599");
    assertThat(sample.locate(Postcode.of("3111 AA"), 1, null).orElseThrow().municipalityCode())
        .isEqualTo("GM0606");
    assertThat(sample.locate(Postcode.of("7411 AA"), 1, null).orElseThrow().municipalityCode())
        .isEqualTo("GM0150");
    assertThat(sample.locate(Postcode.of("3511 AA"), 1, null).orElseThrow().municipalityCode())
        .isEqualTo("GM0344");
  }

  @Test
  void a_locatieserver_answer_gives_the_point_and_municipality_of_the_dwelling() {
    String answer =
        "{\"response\":{\"numFound\":2,\"start\":0,\"docs\":["
            + "{\"centroide_ll\":\"POINT(4.47917 51.92244)\",\"gemeentecode\":\"0599\","
            + "\"straatnaam\":\"Coolsingel\",\"woonplaatsnaam\":\"Rotterdam\"},"
            + "{\"centroide_ll\":\"POINT(4.47920 51.92250)\",\"gemeentecode\":\"0599\","
            + "\"straatnaam\":\"Coolsingel\",\"woonplaatsnaam\":\"Rotterdam\","
            + "\"huisletter\":\"A\"}]}}";

    Location first = PdokResponse.parse(answer, null).orElseThrow();
    assertThat(first.latitude()).isEqualTo(51.92244);
    assertThat(first.longitude()).isEqualTo(4.47917);
    assertThat(first.municipalityCode()).isEqualTo("GM0599");
    assertThat(first.street()).isEqualTo("Coolsingel");
    assertThat(first.place()).isEqualTo("Rotterdam");
    assertThat(PdokResponse.parse(answer, "a").orElseThrow().latitude()).isEqualTo(51.9225);
    assertThat(PdokResponse.parse(answer, "B")).isEmpty();
  }

  @Test
  void a_locatieserver_answer_without_documents_is_not_found() {
    assertThat(PdokResponse.parse("{\"response\":{\"numFound\":0,\"docs\":[]}}", null)).isEmpty();
    assertThatThrownBy(() -> PdokResponse.parse("<html>", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

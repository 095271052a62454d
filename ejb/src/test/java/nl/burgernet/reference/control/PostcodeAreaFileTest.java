package nl.burgernet.reference.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import nl.burgernet.participant.control.CsvGeocoder;
import org.junit.jupiter.api.Test;

class PostcodeAreaFileTest {

  @Test
  void each_row_is_an_area_of_a_municipality_with_inhabitants_and_households() {
    List<PostcodeAreaFile.Row> rows =
        PostcodeAreaFile.read(
            new StringReader(
                "# CBS Kerncijfers per postcode\n"
                    + "postcode4,municipality_code,inhabitants,households\n"
                    + "3511, GM0344 ,6100,4200\n"
                    + "\n"
                    + "7411,GM0150,0,0\n"));

    assertThat(rows)
        .containsExactly(
            new PostcodeAreaFile.Row("3511", "GM0344", 6100, 4200),
            new PostcodeAreaFile.Row("7411", "GM0150", 0, 0));
  }

  @Test
  void a_malformed_row_is_reported_with_its_line() {
    assertThatThrownBy(
            () ->
                PostcodeAreaFile.read(
                    new StringReader(
                        "postcode4,municipality_code,inhabitants,households\n"
                            + "3511,GM0344,6100,4200\n"
                            + "0351,GM0344,6100,4200\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () ->
                PostcodeAreaFile.read(
                    new StringReader(
                        "postcode4,municipality_code,inhabitants,households\n"
                            + "3511,GM0344,veel,4200\n")))
        .hasMessageContaining("line 1");
  }

  @Test
  void the_sample_has_a_centre_for_every_area_in_the_geocoder_sample() {
    List<PostcodeAreaFile.Row> sample = PostcodeAreaFile.read(resource(PostcodeAreaFile.SAMPLE));
    var centres = CsvGeocoder.of(resource(CsvGeocoder.SAMPLE)).areaCentres();

    assertThat(sample.stream().map(PostcodeAreaFile.Row::postcode4))
        .containsExactlyInAnyOrderElementsOf(centres.keySet());
    assertThat(sample)
        .allSatisfy(
            row ->
                assertThat(row.municipalityCode())
                    .isEqualTo(centres.get(row.postcode4()).municipalityCode()));
  }

  private InputStreamReader resource(String name) {
    return new InputStreamReader(
        Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(name)),
        StandardCharsets.UTF_8);
  }
}

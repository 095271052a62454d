package nl.burgernet.action.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.entity.CircleArea;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.PolygonArea;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class AreaSpecificationsTest {

  private static final GeoPoint CENTRE = new GeoPoint(51.9225, 4.47917);

  @Test
  void every_kind_of_area_is_kept_as_json_and_read_back_the_same() {
    List<AreaSpecification> areas =
        List.of(
            AreaSpecification.circle(CENTRE, 2_500),
            AreaSpecification.polygon(
                List.of(new GeoPoint(52.0, 5.0), new GeoPoint(52.0, 5.1), new GeoPoint(52.1, 5.1))),
            AreaSpecification.municipalities(Set.of(3L, 14L)),
            AreaSpecification.postcodes(Set.of("3511", "3512 AB")));

    for (AreaSpecification area : areas) {
      assertThat(AreaSpecifications.fromJson(AreaSpecifications.toJson(area))).isEqualTo(area);
    }
  }

  @Test
  void the_operators_area_becomes_the_domains() {
    assertThat(AreaSpecifications.toArea(AreaSpecification.circle(CENTRE, 2_500)))
        .isEqualTo(new CircleArea(CENTRE, 2_500));
    assertThat(
            AreaSpecifications.toArea(
                AreaSpecification.polygon(
                    List.of(
                        new GeoPoint(52.0, 5.0),
                        new GeoPoint(52.0, 5.1),
                        new GeoPoint(52.1, 5.1)))))
        .isInstanceOf(PolygonArea.class);
  }

  @Test
  void an_area_that_cannot_be_sent_to_is_refused_with_the_reason_for_the_user() {
    AreaSpecification bowTie =
        AreaSpecification.polygon(
            List.of(
                new GeoPoint(52.0, 5.0),
                new GeoPoint(52.1, 5.1),
                new GeoPoint(52.0, 5.1),
                new GeoPoint(52.1, 5.0)));

    assertThatThrownBy(() -> AreaSpecifications.toArea(bowTie))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).getMessageKey())
        .isEqualTo("action.area.polygon.selfIntersecting");
    assertThatThrownBy(
            () ->
                AreaSpecifications.toArea(
                    new AreaSpecification(
                        AreaSpecification.AreaKind.CIRCLE, CENTRE, null, null, null, null)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void the_dossier_describes_an_area_in_dutch() {
    assertThat(AreaSpecifications.describe(AreaSpecification.circle(CENTRE, 2_500)))
        .isEqualTo("cirkel van 2500 m rond 51.92250, 4.47917");
    assertThat(AreaSpecifications.describe(AreaSpecification.postcodes(Set.of("3512 AB", "3511"))))
        .isEqualTo("postcodes 3511, 3512 AB");
  }

  @Test
  void a_masked_number_keeps_only_what_tells_tips_apart() {
    assertThat(TipRecorder.masked("+31612345678")).isEqualTo("+316****5678");
    assertThat(TipRecorder.masked("12345")).isEqualTo("****");
  }
}

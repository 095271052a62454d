package nl.burgernet.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreaTest {

  private static final GeoPoint DOM_UTRECHT = new GeoPoint(52.0907, 5.1214);

  @Test
  void a_circle_holds_points_within_its_radius_and_not_beyond() {
    CircleArea circle = new CircleArea(DOM_UTRECHT, 1_000);

    // 0.0081 degrees of latitude is about 900 m, 0.0099 about 1,100 m
    assertThat(circle.contains(52.0907 + 0.0081, 5.1214)).isTrue();
    assertThat(circle.contains(52.0907 + 0.0099, 5.1214)).isFalse();
    // 0.0131 degrees of longitude at 52 degrees north is about 900 m
    assertThat(circle.contains(52.0907, 5.1214 + 0.0131)).isTrue();
    assertThat(circle.contains(52.0907, 5.1214 + 0.0165)).isFalse();
  }

  @Test
  void a_circle_knows_the_distance_between_two_cities() {
    // Utrecht Dom to Amsterdam Dam: about 35.5 km
    assertThat(CircleArea.distanceMetres(DOM_UTRECHT, 52.3731, 4.8932)).isBetween(35_000d, 36_000d);
  }

  @Test
  void the_bounding_box_of_a_circle_holds_the_whole_circle_and_names_its_grid_rows() {
    CircleArea circle = new CircleArea(DOM_UTRECHT, 5_000);
    BoundingBox box = circle.boundingBox();

    assertThat(box.minLatitude()).isLessThan(52.0907 - 0.0449);
    assertThat(box.maxLongitude()).isGreaterThan(5.1214 + 0.0730);
    assertThat(box.latitudeCells().boxed())
        .containsExactly(2602, 2603, 2604, 2605, 2606)
        .as("FLOOR(lat * 50) of 52.0457 .. 52.1357");
  }

  @Test
  void a_circle_needs_a_radius_between_50_metres_and_50_kilometres() {
    assertThatThrownBy(() -> new CircleArea(DOM_UTRECHT, 10))
        .isInstanceOf(InvalidAreaException.class)
        .extracting(e -> ((InvalidAreaException) e).messageKey())
        .isEqualTo("action.area.circle.radius");
    assertThatThrownBy(() -> new CircleArea(DOM_UTRECHT, 60_000))
        .isInstanceOf(InvalidAreaException.class);
    assertThatThrownBy(() -> new CircleArea(null, 1_000)).isInstanceOf(InvalidAreaException.class);
  }

  @Test
  void a_polygon_holds_the_points_inside_it_and_its_edge() {
    PolygonArea square =
        new PolygonArea(
            List.of(
                new GeoPoint(52.0, 5.0),
                new GeoPoint(52.0, 5.1),
                new GeoPoint(52.1, 5.1),
                new GeoPoint(52.1, 5.0)));

    assertThat(square.contains(52.05, 5.05)).isTrue();
    assertThat(square.contains(52.0, 5.05)).as("on the edge").isTrue();
    assertThat(square.contains(52.15, 5.05)).isFalse();
    assertThat(square.boundingBox()).isEqualTo(new BoundingBox(52.0, 52.1, 5.0, 5.1));
  }

  @Test
  void a_concave_polygon_leaves_out_its_notch() {
    PolygonArea letterU =
        new PolygonArea(
            List.of(
                new GeoPoint(52.0, 5.0),
                new GeoPoint(52.0, 5.3),
                new GeoPoint(52.3, 5.3),
                new GeoPoint(52.3, 5.2),
                new GeoPoint(52.1, 5.2),
                new GeoPoint(52.1, 5.1),
                new GeoPoint(52.3, 5.1),
                new GeoPoint(52.3, 5.0)));

    assertThat(letterU.contains(52.2, 5.15)).as("in the notch").isFalse();
    assertThat(letterU.contains(52.2, 5.05)).isTrue();
    assertThat(letterU.contains(52.2, 5.25)).isTrue();
  }

  @Test
  void a_self_intersecting_polygon_is_refused_with_its_own_reason() {
    List<GeoPoint> bowTie =
        List.of(
            new GeoPoint(52.0, 5.0),
            new GeoPoint(52.1, 5.1),
            new GeoPoint(52.0, 5.1),
            new GeoPoint(52.1, 5.0));

    assertThatThrownBy(() -> new PolygonArea(bowTie))
        .isInstanceOf(InvalidAreaException.class)
        .extracting(e -> ((InvalidAreaException) e).messageKey())
        .isEqualTo("action.area.polygon.selfIntersecting");
  }

  @Test
  void a_polygon_needs_three_distinct_corners() {
    GeoPoint a = new GeoPoint(52.0, 5.0);
    GeoPoint b = new GeoPoint(52.1, 5.1);

    assertThatThrownBy(() -> new PolygonArea(List.of(a, b, a)))
        .isInstanceOf(InvalidAreaException.class)
        .extracting(e -> ((InvalidAreaException) e).messageKey())
        .isEqualTo("action.area.polygon.tooFewCorners");
    assertThatThrownBy(() -> new PolygonArea(null)).isInstanceOf(InvalidAreaException.class);
  }

  @Test
  void a_polygon_collapsed_onto_a_line_is_refused() {
    List<GeoPoint> line =
        List.of(new GeoPoint(52.0, 5.0), new GeoPoint(52.1, 5.1), new GeoPoint(52.2, 5.2));

    assertThatThrownBy(() -> new PolygonArea(line))
        .isInstanceOf(InvalidAreaException.class)
        .extracting(e -> ((InvalidAreaException) e).messageKey())
        .isEqualTo("action.area.polygon.invalid");
  }

  @Test
  void municipality_sets_need_a_municipality() {
    assertThat(new MunicipalityArea(Set.of(3L, 4L)).municipalityIds()).containsOnly(3L, 4L);
    assertThatThrownBy(() -> new MunicipalityArea(Set.of()))
        .isInstanceOf(InvalidAreaException.class)
        .extracting(e -> ((InvalidAreaException) e).messageKey())
        .isEqualTo("action.area.municipalities.empty");
  }

  @Test
  void postcode_sets_take_four_digit_areas_and_full_postcodes_as_people_type_them() {
    PostcodeArea area = new PostcodeArea(Set.of("3511", "3512ab", " 7411 KT "));

    assertThat(area.areas()).containsOnly("3511");
    assertThat(area.fullPostcodes()).containsOnly("3512 AB", "7411 KT");
  }

  @Test
  void postcode_sets_refuse_what_is_no_postcode() {
    assertThatThrownBy(() -> new PostcodeArea(Set.of("0123")))
        .isInstanceOf(InvalidAreaException.class)
        .extracting(e -> ((InvalidAreaException) e).messageKey())
        .isEqualTo("action.area.postcodes.invalid");
    assertThatThrownBy(() -> new PostcodeArea(Set.of())).isInstanceOf(InvalidAreaException.class);
  }
}

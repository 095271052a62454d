package nl.burgernet.web.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.AreaSpecification.AreaKind;
import nl.burgernet.action.entity.GeoPoint;
import org.junit.jupiter.api.Test;

class AreaFormTest {

  @Test
  void a_circle_is_complete_once_the_map_gave_its_centre_and_it_has_a_radius() {
    AreaForm form = new AreaForm();
    form.setRadiusMetres(2_000);
    assertThat(form.specification()).as("no centre yet").isEmpty();

    form.setLatitude(51.9225);
    form.setLongitude(4.47917);

    assertThat(form.specification())
        .contains(AreaSpecification.circle(new GeoPoint(51.9225, 4.47917), 2_000));
  }

  @Test
  void a_polygon_needs_three_readable_corners_as_the_map_writes_them() {
    AreaForm form = new AreaForm();
    form.setKind(AreaKind.POLYGON);
    form.setPolygon("51.90 4.45;51.93 4.45");
    assertThat(form.specification()).as("two corners").isEmpty();

    form.setPolygon("51.90 4.45;51.93 4.45;51.93 4.50");
    assertThat(form.specification().orElseThrow().polygon())
        .containsExactly(
            new GeoPoint(51.90, 4.45), new GeoPoint(51.93, 4.45), new GeoPoint(51.93, 4.50));

    form.setPolygon("51.90 4.45;north 4.45;51.93 4.50");
    assertThat(form.specification()).as("unreadable").isEmpty();
  }

  @Test
  void postcodes_are_separated_by_commas_and_written_without_spaces() {
    AreaForm form = new AreaForm();
    form.setKind(AreaKind.POSTCODES);
    form.setPostcodes(" 3011, 3012 ab;\n3013,, ");

    assertThat(form.specification().orElseThrow().postcodes())
        .containsExactlyInAnyOrder("3011", "3012AB", "3013");
  }

  @Test
  void municipalities_are_complete_when_at_least_one_is_chosen() {
    AreaForm form = new AreaForm();
    form.setKind(AreaKind.MUNICIPALITIES);
    assertThat(form.specification()).isEmpty();

    form.setMunicipalityChoice(new Long[] {7L, 9L});

    assertThat(form.specification().orElseThrow().municipalityIds())
        .containsExactlyInAnyOrder(7L, 9L);
  }

  @Test
  void an_address_reads_as_postcode_and_house_number_in_the_usual_spellings() {
    AreaForm form = new AreaForm();
    form.setAddress("3011ab 12-b");
    assertThat(form.addressQuery()).contains(new AreaForm.AddressQuery("3011 AB", 12));

    form.setAddress(" 3011 AB  7 ");
    assertThat(form.addressQuery()).contains(new AreaForm.AddressQuery("3011 AB", 7));

    form.setAddress("Coolsingel 40");
    assertThat(form.addressQuery()).isEmpty();
  }

  @Test
  void a_widening_starts_as_a_circle_twice_as_wide_around_the_same_centre() {
    AreaSpecification earlier = AreaSpecification.circle(new GeoPoint(51.92, 4.48), 1_500);

    AreaForm widening = AreaForm.widening(earlier, 50_000);

    assertThat(widening.specification())
        .contains(AreaSpecification.circle(new GeoPoint(51.92, 4.48), 3_000));
    assertThat(
            AreaForm.widening(AreaSpecification.circle(new GeoPoint(51.92, 4.48), 40_000), 50_000)
                .getRadiusMetres())
        .as("never beyond the largest circle")
        .isEqualTo(50_000);
  }

  @Test
  void a_form_offers_only_the_kinds_asked_and_shows_a_kept_area_again() {
    AreaForm mailArea = AreaForm.offering(AreaKind.CIRCLE, AreaKind.POLYGON, AreaKind.POSTCODES);
    assertThat(mailArea.getKinds())
        .containsExactly(AreaKind.CIRCLE, AreaKind.POLYGON, AreaKind.POSTCODES);

    AreaSpecification polygon =
        AreaSpecification.polygon(
            List.of(
                new GeoPoint(51.90, 4.45), new GeoPoint(51.93, 4.45), new GeoPoint(51.93, 4.50)));
    AreaSpecification postcodes = AreaSpecification.postcodes(Set.of("3011", "3012"));
    AreaSpecification circle = AreaSpecification.circle(new GeoPoint(51.92, 4.48), 300);

    for (AreaSpecification kept : List.of(polygon, postcodes, circle)) {
      assertThat(AreaForm.showing(kept, AreaKind.CIRCLE, AreaKind.POSTCODES).specification())
          .as(kept.kind().name())
          .contains(kept);
    }
  }
}

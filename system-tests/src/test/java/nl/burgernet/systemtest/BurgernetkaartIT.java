package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The Burgernetkaart: the figures of every postcode area of Utrecht in the API are computed again
 * here from the raw rows after a count, and the page shows them on a map and in tables. Other
 * tests' participants in Utrecht count as well; the comparison holds whatever is there.
 */
class BurgernetkaartIT extends BrowserTest {

  private static final String UTRECHT = "GM0344";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void every_postcode_area_s_figures_match_the_raw_data() throws SQLException {
    SelfServiceBrowserIT.Fixture.activeParticipant(base, "Anna Domplein", "3511 AA");
    SelfServiceBrowserIT.Fixture.activeParticipant(base, "Bram Domplein", "3511 LA");
    SelfServiceBrowserIT.Fixture.activeParticipant(base, "Cor Oudegracht", "3512 AA");
    // registered but never confirmed: not a participant yet, so not counted
    assertThat(
            RegistrationApiIT.post(
                    base,
                    RegistrationApiIT.registration(
                            RegistrationApiIT.uniqueEmail(),
                            RegistrationApiIT.uniqueMobile(),
                            "3512 AA")
                        .build())
                .statusCode())
        .isEqualTo(201);
    StaffApi api = new StaffApi(base);
    assertThat(api.post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD).statusCode())
        .isEqualTo(200);
    Map<String, BurgernetkaartDatabase.Area> expected = BurgernetkaartDatabase.areasOf(UTRECHT);

    JsonObject map =
        StaffApi.object(
            api.get(
                "marap/coverage?region="
                    + MarapDatabase.regionOf(UTRECHT)
                    + "&municipality="
                    + MarapDatabase.municipalityOf(UTRECHT),
                "stuurgroep",
                DEMO_PASSWORD));

    List<JsonObject> areas = map.getJsonArray("areas").getValuesAs(JsonObject.class);
    assertThat(map.getString("municipality")).isEqualTo("Utrecht");
    assertThat(map.getJsonNumber("thresholdPercent").bigDecimalValue())
        .as("Midden-Nederland's target")
        .isEqualByComparingTo(new BigDecimal("15"));
    assertThat(map.getString("countedAt")).isNotBlank();
    assertThat(areas.stream().map(area -> area.getString("postcode")))
        .containsExactlyElementsOf(expected.keySet());
    assertThat(expected.get("3511").participants()).isGreaterThanOrEqualTo(2);
    for (JsonObject area : areas) {
      BurgernetkaartDatabase.Area raw = expected.get(area.getString("postcode"));
      assertThat(area.getString("municipality")).isEqualTo("Utrecht");
      assertThat(area.getJsonNumber("participants").longValue()).isEqualTo(raw.participants());
      assertThat(area.getJsonNumber("inhabitants").longValue()).isEqualTo(raw.inhabitants());
      assertThat(area.getJsonNumber("households").longValue()).isEqualTo(raw.households());
      assertThat(area.getJsonNumber("perThousandInhabitants").bigDecimalValue())
          .isEqualByComparingTo(raw.perThousandInhabitants());
      assertThat(area.getJsonNumber("perHundredHouseholds").bigDecimalValue())
          .isEqualByComparingTo(raw.perHundredHouseholds());
      assertThat(area.getBoolean("underCovered")).isEqualTo(raw.underCovered());
      assertThat(area.getJsonNumber("latitude").doubleValue())
          .isCloseTo(raw.latitude(), within(1e-9));
      assertThat(area.getJsonNumber("longitude").doubleValue())
          .isCloseTo(raw.longitude(), within(1e-9));
    }
  }

  @Test
  void the_region_s_map_holds_only_its_areas_and_other_regions_are_not_found() throws SQLException {
    StaffApi api = new StaffApi(base);

    JsonObject region =
        StaffApi.object(
            api.get(
                "marap/coverage?region=" + MarapDatabase.regionOf(UTRECHT),
                "stuurgroep",
                DEMO_PASSWORD));
    HttpResponse<String> rotterdam =
        api.get(
            "marap/coverage?region=" + MarapDatabase.regionOf("GM0599"),
            "stuurgroep",
            DEMO_PASSWORD);
    HttpResponse<String> noRegion = api.get("marap/coverage", "stuurgroep", DEMO_PASSWORD);

    assertThat(region.getString("region")).isEqualTo("Midden-Nederland");
    assertThat(region.getJsonArray("areas").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(area -> assertThat(area.getString("municipality")).isEqualTo("Utrecht"));
    assertThat(rotterdam.statusCode()).isEqualTo(404);
    assertThat(noRegion.statusCode()).isEqualTo(400);
  }

  @Test
  void a_steering_group_member_reads_the_flagged_areas_beside_the_map() throws SQLException {
    SelfServiceBrowserIT.Fixture.activeParticipant(base, "Dirk Domplein", "3511 AA");
    new StaffApi(base).post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD);
    int areasOnMap = BurgernetkaartDatabase.areasOf(UTRECHT).size();
    browser.logIn("stuurgroep");

    browser.click("menu-burgernetkaart");

    browser.awaitElementText("coverage-title", "Burgernetkaart: Midden-Nederland");
    assertThat(browser.textOf("coverage-threshold")).contains("Drempel: 15,00% van de inwoners");
    assertThat(browser.textOf("coverage-flagged"))
        .contains("Werven: gebieden onder de drempel")
        .contains("3511")
        .contains("Utrecht");
    assertThat(browser.textOf("coverage-areas"))
        .contains("Per 1.000 inwoners")
        .contains("Onder de drempel: werven");
    assertThat(browser.script("return document.getElementById('coverage-map').dataset.drawn"))
        .isEqualTo(String.valueOf(areasOnMap));
    assertThat(
            browser.script(
                "return document.querySelectorAll('#coverage-map .coverage-area').length"))
        .isEqualTo((long) areasOnMap);
    assertThat(browser.textOf("coverage-map")).contains("Onder de drempel: werven");
    browser.saveScreenshot("BurgernetkaartIT-1-region");

    // the table sorts by a column's header: per 1,000 inhabitants, least covered first
    browser.script("document.querySelectorAll('#coverage-areas thead button')[5].click()");
    assertThat(
            browser.script(
                "return document.querySelectorAll('#coverage-areas thead th')[5]"
                    + ".getAttribute('aria-sort')"))
        .isEqualTo("ascending");
    assertThat(
            browser.script(
                "var values = Array.from(document.querySelectorAll('#coverage-areas tbody tr'),"
                    + " row => Number(row.cells[5].dataset.sort));"
                    + " return values.every((value, i) => i === 0 || values[i - 1] <= value)"))
        .isEqualTo(true);

    browser.followLink("Deze cijfers als JSON (voor eigen analyses)");
    assertThat(browser.text()).contains("\"postcode\":\"3511\"");
  }
}

package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The MARAP finance figures through the API and the portal: Midden-Nederland's contributions of
 * 2017 (seed 000: 0.04 euro per inhabitant from each party, 75,107.36 euro each) and the relation
 * management budget of Rotterdam-Rijnmond 2013 (seed 002 §5.3), each seen only by its own region.
 */
class FinanceIT extends BrowserTest {

  private static final String DEVENTER = "GM0150";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void the_steering_group_of_midden_nederland_reads_its_contributions_per_inhabitant() {
    StaffApi api = new StaffApi(base);

    JsonObject table =
        StaffApi.object(api.get(financeOf("Midden-Nederland"), "stuurgroep", DEMO_PASSWORD));

    JsonObject total = table.getJsonObject("total");
    assertThat(total.getJsonNumber("inhabitants").longValue()).isEqualTo(1_877_684);
    assertThat(total.getJsonNumber("municipalityContribution").bigDecimalValue())
        .isEqualByComparingTo("75107.36");
    assertThat(total.getJsonNumber("policeContribution").bigDecimalValue())
        .isEqualByComparingTo("75107.36");
    assertThat(total.getJsonNumber("sharePercent").bigDecimalValue()).isEqualByComparingTo("100");
    assertThat(table.getJsonArray("municipalities")).hasSize(39);
  }

  @Test
  void the_relation_management_budget_of_rotterdam_rijnmond_adds_up_to_the_euro() {
    StaffApi api = new StaffApi(base);
    String path = financeOf("Rotterdam-Rijnmond");

    JsonObject table = StaffApi.object(api.get(path, "beheerder", DEMO_PASSWORD));
    HttpResponse<String> csv = api.get(path + "/csv", "beheerder", DEMO_PASSWORD, "text/csv");

    assertThat(table.getJsonObject("total").getJsonNumber("allocated").longValue())
        .isEqualTo(104_000);
    long sum =
        table.getJsonArray("municipalities").getValuesAs(JsonObject.class).stream()
            .mapToLong(line -> line.getJsonNumber("allocated").longValue())
            .sum();
    assertThat(sum).isEqualTo(104_000);
    assertThat(csv.body())
        .as("a byte order mark, so Excel reads UTF-8")
        .startsWith("\uFEFF\"gemeente\";");
    assertThat(csv.body().lines())
        .hasSize(1 + 19 + 1)
        .contains("\"Rotterdam\";612502;311064;48,64;50586;0,00;0,00")
        .last()
        .isEqualTo("\"Totaal\";1259243;588816;100,00;104000;0,00;0,00");
  }

  @Test
  void another_regions_year_is_not_found_by_its_id() {
    StaffApi api = new StaffApi(base);

    HttpResponse<String> response =
        api.get(financeOf("Rotterdam-Rijnmond"), "stuurgroep", DEMO_PASSWORD);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Rotterdam");
  }

  @Test
  void the_steering_group_member_opens_the_finances_in_the_portal() {
    browser.logIn("stuurgroep");

    browser.click("menu-financien");
    browser.awaitText("Per gemeente");

    assertThat(browser.element("total-share").getText()).isEqualTo("100,00%");
    assertThat(browser.element("total-municipality").getText()).isEqualTo("€ 75.107,36");
    assertThat(browser.text()).contains("Amersfoort").doesNotContain("Rotterdam");
  }

  @Test
  void the_administrator_sets_a_budget_year_that_is_shared_to_the_euro() throws SQLException {
    StaffApi api = new StaffApi(base);
    long ijsselland = MarapDatabase.regionOf(DEVENTER);

    JsonObject table =
        StaffApi.object(
            api.put(
                "marap/finance",
                budgetYear(ijsselland, 2027, 2017, "0.05", "0.03", "40000"),
                "beheerder",
                DEMO_PASSWORD));

    assertThat(table.getJsonObject("year").getInt("budgetYear")).isEqualTo(2027);
    assertThat(table.getJsonObject("total").getJsonNumber("allocated").longValue())
        .isEqualTo(40_000);
    assertThat(table.getJsonObject("total").getJsonNumber("sharePercent").bigDecimalValue())
        .isEqualByComparingTo("100");
    long inhabitants = table.getJsonObject("total").getJsonNumber("inhabitants").longValue();
    assertThat(
            table
                .getJsonObject("total")
                .getJsonNumber("municipalityContribution")
                .bigDecimalValue())
        .isEqualByComparingTo(new BigDecimal(inhabitants).multiply(new BigDecimal("0.05")));
  }

  @Test
  void a_budget_year_out_of_range_or_outside_the_scope_is_refused_with_a_reason()
      throws SQLException {
    StaffApi api = new StaffApi(base);
    long ijsselland = MarapDatabase.regionOf(DEVENTER);

    HttpResponse<String> figuresAfterBudget =
        api.put(
            "marap/finance",
            budgetYear(ijsselland, 2026, 2027, "0.04", "0.04", ""),
            "beheerder",
            DEMO_PASSWORD);
    HttpResponse<String> negativeRate =
        api.put(
            "marap/finance",
            budgetYear(ijsselland, 2026, 2017, "-0.01", "0.04", ""),
            "beheerder",
            DEMO_PASSWORD);
    HttpResponse<String> otherRegion =
        api.put(
            "marap/finance",
            budgetYear(ijsselland, 2026, 2017, "0.04", "0.04", ""),
            "manager",
            DEMO_PASSWORD);
    HttpResponse<String> readOnly =
        api.put(
            "marap/finance",
            budgetYear(MarapDatabase.regionOf("GM0344"), 2026, 2017, "0.04", "0.04", ""),
            "stuurgroep",
            DEMO_PASSWORD);

    assertThat(figuresAfterBudget.statusCode()).isEqualTo(400);
    assertThat(figuresAfterBudget.body())
        .contains("kies een peiljaar tot en met het begrotingsjaar");
    assertThat(negativeRate.statusCode()).isEqualTo(400);
    assertThat(negativeRate.body()).contains("Een bijdrage per inwoner ligt tussen");
    assertThat(otherRegion.statusCode()).isEqualTo(404);
    assertThat(readOnly.statusCode()).isEqualTo(403);
  }

  private static String budgetYear(
      long region,
      int budgetYear,
      int figuresYear,
      String municipality,
      String police,
      String budget) {
    return "{\"regionId\": "
        + region
        + ", \"budgetYear\": "
        + budgetYear
        + ", \"figuresYear\": "
        + figuresYear
        + ", \"municipalityRate\": "
        + municipality
        + ", \"policeRate\": "
        + police
        + (budget.isEmpty()
            ? ""
            : ", \"allocatedBudget\": " + budget + ", \"allocatedPurpose\": \"relatiebeheer\"")
        + "}";
  }

  /** The API path of a region's newest budget year, looked up by the national administrator. */
  private String financeOf(String region) {
    return "marap/finance/"
        + StaffApi.array(new StaffApi(base).get("marap/finance", "beheerder", DEMO_PASSWORD))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(year -> year.getString("region").equals(region))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id");
  }
}

package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.Closing;
import nl.burgernet.action.boundary.NewAction;
import nl.burgernet.action.boundary.OperatorTip;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.Outcome;
import nl.burgernet.localpeers.LocalSmsc;
import nl.burgernet.participant.entity.Channel;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The MARAP actions of Midden-Nederland: three actions in Utrecht (one found thanks to a
 * participant, one not found, one still open, one with a tip) are counted, and what the API shows
 * for the region and for Utrecht is computed again here, independently, from the raw rows (actions,
 * rounds, tips, deliveries); each figure's link lists as many actions as it says.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarapActionsIT {

  private static final String UTRECHT = "GM0344";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  // east of Utrecht's centre, where no other test puts participants
  private static final GeoPoint INCIDENT = new GeoPoint(52.0700, 5.1900);

  @Deployment
  static WebArchive deployment() {
    // the client-side methods name the local peers' types; the server must resolve them to load
    // this class, though it never calls them
    return ActionFixture.addTo(
            Deployments.burgernet(MarapActionsIT.class, StaffApi.class, MarapDatabase.class))
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "local-peers-types.jar")
                .addPackage(LocalSmsc.class.getPackage()));
  }

  @EJB private ActionFixture fixture;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  @Test
  @Order(1)
  void three_actions_run_in_utrecht() throws SQLException {
    for (int i = 0; i < 3; i++) {
      fixture.participantAt(
          "+316551" + String.format("%05d", (int) (Math.random() * 100_000)),
          new GeoPoint(INCIDENT.latitude() + 0.002 * (i + 1), INCIDENT.longitude()),
          UTRECHT,
          null);
    }
    long midden = fixture.regionOf(UTRECHT);
    ActionView found = start(midden, "Overval");
    ActionView notFound = start(midden, "Inbraak");
    start(midden, "Vermist kind");
    fixture.asOperatorOf(
        midden, actions -> actions.addTip(found.id(), new OperatorTip("Gezien bij de brug", null)));
    awaitFirstMessages(found.id(), notFound.id());

    fixture.asOperatorOf(
        midden,
        actions ->
            actions.close(
                found.id(), new Closing(Outcome.FOUND_THANKS_TO_PARTICIPANT, "Gevonden, dank!")));
    fixture.asOperatorOf(
        midden,
        actions -> actions.close(notFound.id(), new Closing(Outcome.NOT_FOUND, "Niet gevonden.")));
  }

  @Test
  @Order(2)
  @RunAsClient
  void every_figure_of_the_region_and_of_utrecht_matches_the_raw_data(@ArquillianResource URL base)
      throws SQLException {
    StaffApi api = new StaffApi(base);
    assertThat(api.post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD).statusCode())
        .isEqualTo(200);
    YearMonth month = YearMonth.now(AMSTERDAM);
    long region = MarapDatabase.regionOf(UTRECHT);
    long utrecht = MarapDatabase.municipalityOf(UTRECHT);

    JsonObject regionReport = report(api, region, null, month);
    JsonObject utrechtReport = report(api, region, utrecht, month);

    assertMatches(regionReport, MarapDatabase.actions(region, null, month));
    assertMatches(utrechtReport, MarapDatabase.actions(region, utrecht, month));
    assertThat(regionReport.getJsonObject("total").getInt("actions")).isGreaterThanOrEqualTo(3);
    assertThat(utrechtReport.getString("municipality")).isEqualTo("Utrecht");
  }

  @Test
  @Order(3)
  @RunAsClient
  void each_action_figure_leads_to_the_list_of_exactly_the_actions_it_counts(
      @ArquillianResource URL base) throws SQLException {
    assertThat(
            new StaffApi(base)
                .post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD)
                .statusCode())
        .isEqualTo(200);
    YearMonth month = YearMonth.now(AMSTERDAM);
    long region = MarapDatabase.regionOf(UTRECHT);
    long utrecht = MarapDatabase.municipalityOf(UTRECHT);

    try (Browser browser = new Browser(base)) {
      browser.logIn("stuurgroep");
      for (String area : List.of("regio=" + region, "regio=" + region + "&gemeente=" + utrecht)) {
        String page = "portal/marap/acties.xhtml?" + area + "&van=" + month + "&tot=" + month;
        for (String figure :
            List.of(
                "actions-months-" + month,
                "actions-months-" + month + "-open",
                "actions-kinds-ROBBERY",
                "actions-domains-OPSPOREN")) {
          browser.open(page);
          long counted = Long.parseLong(browser.textOf(figure).replace(".", ""));
          browser.click(figure);
          browser.awaitElementText("counted-title", counted + " getelde acties");

          assertThat(counted).as(area + " " + figure).isPositive();
          assertThat(
                  browser
                      .element("counted-actions")
                      .findElements(By.cssSelector("tbody tr"))
                      .size())
              .as(area + " " + figure)
              .isEqualTo(counted);
        }
      }
      browser.saveScreenshot("MarapActionsIT-counted-actions");
    }
  }

  private static void assertMatches(JsonObject report, MarapDatabase.Actions expected) {
    JsonObject total = report.getJsonObject("total");
    assertThat(total.getJsonNumber("actions").longValue()).isEqualTo(expected.actions());
    assertThat(total.getJsonNumber("stillOpen").longValue()).isEqualTo(expected.open());
    assertThat(total.getJsonNumber("hardSuccesses").longValue()).isEqualTo(expected.hard());
    assertThat(total.getJsonNumber("softSuccesses").longValue()).isEqualTo(expected.soft());
    assertThat(total.getJsonNumber("closed").longValue()).isEqualTo(expected.closed());
    assertThat(total.getJsonNumber("recipients").longValue()).isEqualTo(expected.recipients());
    assertThat(total.getJsonNumber("tips").longValue()).isEqualTo(expected.tips());
    assertThat(total.getJsonNumber("averageSecondsToFirstMessage").doubleValue())
        .isCloseTo(expected.averageSecondsToFirstMessage(), within(0.01));
    Map<String, Long> perKind = new TreeMap<>();
    report.getJsonArray("kinds").getValuesAs(JsonObject.class).stream()
        .filter(kind -> kind.getJsonObject("figures").getInt("actions") > 0)
        .forEach(
            kind ->
                perKind.put(
                    kind.getString("name"),
                    ((JsonNumber) kind.getJsonObject("figures").get("actions")).longValue()));
    assertThat(perKind).isEqualTo(expected.perKind());
  }

  private JsonObject report(StaffApi api, long region, Long municipality, YearMonth month) {
    return StaffApi.object(
        api.get(
            "marap/actions?region="
                + region
                + (municipality == null ? "" : "&municipality=" + municipality)
                + "&from="
                + month
                + "&to="
                + month,
            "stuurgroep",
            DEMO_PASSWORD));
  }

  private ActionView start(long region, String scenario) {
    return fixture.asOperatorOf(
        region,
        actions ->
            actions.start(
                new NewAction(
                    fixture.scenarioNamed(scenario).id(),
                    "Man met een blauwe jas, richting station.",
                    "0900-8844",
                    Set.of(Channel.SMS),
                    AreaSpecification.circle(INCIDENT, 1_000),
                    "marap-" + UUID.randomUUID())));
  }

  /** Until each action's first round sent its first message: that time is a MARAP figure. */
  private void awaitFirstMessages(long... actionIds) throws SQLException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    for (long actionId : actionIds) {
      while (!firstMessageSent(actionId)) {
        assertThat(Instant.now()).as("first message of action " + actionId).isBefore(deadline);
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
      }
    }
  }

  private boolean firstMessageSent(long actionId) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT COUNT(*) FROM action_round r JOIN delivery d"
                    + " ON d.request_id = r.send_request_id"
                    + " WHERE r.action_id = ? AND d.sent_at IS NOT NULL")) {
      query.setLong(1, actionId);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1) > 0;
      }
    }
  }
}

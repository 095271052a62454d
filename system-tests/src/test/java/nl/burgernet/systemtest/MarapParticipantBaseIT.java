package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The MARAP participant base: what the API and the page show for Utrecht is computed again here,
 * independently, from the raw rows in the database (participants, channels, erased participants,
 * unsubscriptions) after a count, for every figure. Other tests' participants in Utrecht count as
 * well; the comparison holds whatever is there.
 */
class MarapParticipantBaseIT extends BrowserTest {

  private static final String UTRECHT = "GM0344";
  private static final String ROTTERDAM = "GM0599";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** The smallest number of participants a breakdown names a postcode area with. */
  private static final long SMALL_NUMBER = 5;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void every_figure_of_a_municipality_matches_the_raw_data() throws SQLException {
    participantInUtrecht(1950, "SMS");
    participantInUtrecht(2001, "EMAIL", "APP");
    participantInUtrecht(1978, "VOICE", "SMS");
    StaffApi api = new StaffApi(base);
    assertThat(api.post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD).statusCode())
        .isEqualTo(200);
    YearMonth now = YearMonth.now(AMSTERDAM);
    MarapDatabase.Expected expected =
        MarapDatabase.participantBase(UTRECHT, now.minusMonths(11), now);

    JsonObject base =
        StaffApi.object(
            api.get(
                baseOf(expected, now.minusMonths(11), now, expected.municipalityId()),
                "stuurgroep",
                DEMO_PASSWORD));

    JsonObject total = base.getJsonObject("total");
    assertThat(base.getString("municipality")).isEqualTo("Utrecht");
    assertThat(total.getJsonNumber("participants").longValue())
        .isEqualTo(expected.active())
        .isGreaterThanOrEqualTo(3);
    assertThat(total.getJsonNumber("inhabitants").longValue()).isEqualTo(expected.inhabitants());
    assertThat(total.getJsonNumber("percentOfInhabitants").bigDecimalValue())
        .isEqualByComparingTo(expected.percentOfInhabitants());
    assertThat(counts(base.getJsonObject("channels"))).isEqualTo(expected.channels());
    assertThat(counts(base.getJsonObject("ages"))).isEqualTo(expected.ages());
    assertThat(counts(base.getJsonObject("sources"))).isEqualTo(expected.sources());
    assertThat(counts(base.getJsonObject("unsubscriptionReasons"))).isEqualTo(expected.reasons());
    Map<String, Long> newPerMonth = new TreeMap<>();
    Map<String, Long> unsubscribedPerMonth = new TreeMap<>();
    base.getJsonArray("months").getValuesAs(JsonObject.class).stream()
        .forEach(
            month -> {
              newPerMonth.put(
                  month.getString("month"), month.getJsonNumber("newParticipants").longValue());
              unsubscribedPerMonth.put(
                  month.getString("month"), month.getJsonNumber("unsubscriptions").longValue());
            });
    assertThat(newPerMonth).isEqualTo(expected.newPerMonth());
    assertThat(unsubscribedPerMonth).isEqualTo(expected.unsubscribedPerMonth());
  }

  @Test
  void every_figure_s_breakdown_per_postcode_area_matches_the_raw_data_and_adds_up_to_it()
      throws Exception {
    for (int i = 0; i < SMALL_NUMBER; i++) {
      participantAt(1990, "3552 AA", "APP");
    }
    participantAt(1960, "3561 AA", "SMS");
    unsubscribeWithReason(participantAt(1970, "3561 AA", "SMS"), "Ik ben verhuisd");
    StaffApi api = new StaffApi(base);
    assertThat(api.post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD).statusCode())
        .isEqualTo(200);
    YearMonth now = YearMonth.now(AMSTERDAM);
    YearMonth from = now.minusMonths(11);
    long utrecht = MarapDatabase.municipalityOf(UTRECHT);
    long region = MarapDatabase.regionOf(UTRECHT);
    String view = "region=" + region + "&municipality=" + utrecht + "&from=" + from + "&to=" + now;
    JsonObject base =
        StaffApi.object(api.get("marap/participants?" + view, "stuurgroep", DEMO_PASSWORD));

    // every figure of the page with a number, and what it says
    Map<String, Long> figures = new TreeMap<>();
    figures.put(
        "PARTICIPANTS", base.getJsonObject("total").getJsonNumber("participants").longValue());
    figures.put("NEW", sum(base, "newParticipants"));
    figures.put("UNSUBSCRIBED", sum(base, "unsubscriptions"));
    figures.put("NET_GROWTH", sum(base, "netGrowth"));
    counts(base.getJsonObject("channels")).forEach((c, n) -> figures.put("CHANNEL/" + c, n));
    counts(base.getJsonObject("ages")).forEach((c, n) -> figures.put("AGE/" + c, n));
    counts(base.getJsonObject("sources")).forEach((c, n) -> figures.put("SOURCE/" + c, n));
    counts(base.getJsonObject("unsubscriptionReasons"))
        .forEach((c, n) -> figures.put("UNSUBSCRIBED/" + c, n));
    assertThat(figures).containsKeys("CHANNEL/APP", "AGE/35-44", "UNSUBSCRIBED/MOVED");

    for (Map.Entry<String, Long> figure : figures.entrySet()) {
      String[] selection = figure.getKey().split("/");
      String category = selection.length == 2 ? selection[1] : null;
      JsonObject breakdown =
          StaffApi.object(
              api.get(
                  "marap/participants/breakdown?"
                      + view
                      + "&figure="
                      + selection[0]
                      + (category == null
                          ? ""
                          : "&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8)),
                  "stuurgroep",
                  DEMO_PASSWORD));
      JsonObject line = breakdown.getJsonArray("municipalities").getJsonObject(0);
      String what = figure.getKey();
      assertThat(breakdown.getJsonNumber("total").longValue())
          .as(what)
          .isEqualTo(figure.getValue());
      assertThat(line.getJsonNumber("count").longValue()).as(what).isEqualTo(figure.getValue());
      if (selection[0].equals("NET_GROWTH")) {
        assertThat(line.getJsonArray("areas")).as("net growth has no areas").isEmpty();
        continue;
      }
      Map<String, Long> raw = MarapDatabase.breakdown(UTRECHT, selection[0], category, from, now);
      Map<String, Long> named = new TreeMap<>();
      line.getJsonArray("areas")
          .getValuesAs(JsonObject.class)
          .forEach(
              area ->
                  named.put(area.getString("postcode4"), area.getJsonNumber("count").longValue()));
      Map<String, Long> rawNamed = new TreeMap<>(raw);
      rawNamed.remove("");
      rawNamed.values().removeIf(count -> count < SMALL_NUMBER);
      long rawSmall =
          raw.entrySet().stream()
              .filter(area -> !area.getKey().isEmpty() && area.getValue() < SMALL_NUMBER)
              .mapToLong(Map.Entry::getValue)
              .sum();
      assertThat(raw.values().stream().mapToLong(Long::longValue).sum())
          .as(what)
          .isEqualTo(figure.getValue());
      assertThat(named).as(what).isEqualTo(rawNamed);
      assertThat(line.getJsonNumber("smallAreas").longValue()).as(what).isEqualTo(rawSmall);
      assertThat(line.getJsonNumber("unknownArea").longValue())
          .as(what)
          .isEqualTo(raw.getOrDefault("", 0L));
    }
    assertThat(figures.get("CHANNEL/APP")).isGreaterThanOrEqualTo(SMALL_NUMBER);
  }

  @Test
  void a_breakdown_of_the_region_adds_up_to_its_figure_and_a_municipality_sees_only_its_own()
      throws SQLException {
    StaffApi api = new StaffApi(base);
    YearMonth now = YearMonth.now(AMSTERDAM);
    String period = "&from=" + now + "&to=" + now;
    long midden = MarapDatabase.regionOf(UTRECHT);
    long rijnmond = MarapDatabase.regionOf(ROTTERDAM);

    JsonObject region =
        StaffApi.object(
            api.get("marap/participants?region=" + midden + period, "stuurgroep", DEMO_PASSWORD));
    JsonObject breakdown =
        StaffApi.object(
            api.get(
                "marap/participants/breakdown?region=" + midden + period + "&figure=PARTICIPANTS",
                "stuurgroep",
                DEMO_PASSWORD));
    JsonObject ambassador =
        StaffApi.object(
            api.get(
                "marap/participants/breakdown?region=" + rijnmond + period + "&figure=NEW",
                "ambassadeur",
                DEMO_PASSWORD));
    HttpResponse<String> schiedam =
        api.get(
            "marap/participants/breakdown?region="
                + rijnmond
                + "&municipality="
                + MarapDatabase.municipalityOf("GM0606")
                + period,
            "ambassadeur",
            DEMO_PASSWORD);
    HttpResponse<String> otherRegion =
        api.get(
            "marap/participants/breakdown?region=" + rijnmond + period,
            "stuurgroep",
            DEMO_PASSWORD);
    HttpResponse<String> noCategory =
        api.get(
            "marap/participants/breakdown?region=" + midden + period + "&figure=CHANNEL",
            "stuurgroep",
            DEMO_PASSWORD);
    HttpResponse<String> unknownCategory =
        api.get(
            "marap/participants/breakdown?region="
                + midden
                + period
                + "&figure=CHANNEL&category=FAX",
            "stuurgroep",
            DEMO_PASSWORD);

    assertThat(breakdown.getJsonNumber("total").longValue())
        .isEqualTo(region.getJsonObject("total").getJsonNumber("participants").longValue());
    assertThat(breakdown.getJsonArray("municipalities")).hasSize(39);
    assertThat(ambassador.getJsonArray("municipalities").getValuesAs(JsonObject.class))
        .extracting(line -> line.getString("municipality"))
        .containsExactly("Rotterdam");
    assertThat(schiedam.statusCode()).as("another municipality").isEqualTo(404);
    assertThat(otherRegion.statusCode()).as("another region").isEqualTo(404);
    assertThat(noCategory.statusCode()).isEqualTo(400);
    assertThat(unknownCategory.statusCode()).isEqualTo(400);
    assertThat(unknownCategory.body()).contains("'FAX' is geen categorie van dit cijfer.");
  }

  @Test
  void the_region_is_the_sum_of_its_municipalities_and_other_regions_are_not_found()
      throws SQLException {
    StaffApi api = new StaffApi(base);
    YearMonth now = YearMonth.now(AMSTERDAM);
    MarapDatabase.Expected utrecht = MarapDatabase.participantBase(UTRECHT, now, now);

    JsonObject region =
        StaffApi.object(api.get(baseOf(utrecht, now, now, null), "stuurgroep", DEMO_PASSWORD));
    HttpResponse<String> rotterdam =
        api.get(
            "marap/participants?region="
                + MarapDatabase.regionOf("GM0599")
                + "&from="
                + now
                + "&to="
                + now,
            "stuurgroep",
            DEMO_PASSWORD);
    HttpResponse<String> notAMonth =
        api.get(
            "marap/participants?region=" + utrecht.regionId() + "&from=november&to=" + now,
            "stuurgroep",
            DEMO_PASSWORD);

    long sum =
        region.getJsonArray("municipalities").getValuesAs(JsonObject.class).stream()
            .mapToLong(
                line -> line.getJsonObject("coverage").getJsonNumber("participants").longValue())
            .sum();
    assertThat(region.getJsonArray("municipalities")).hasSize(39);
    assertThat(region.getJsonObject("total").getJsonNumber("participants").longValue())
        .isEqualTo(sum);
    assertThat(region.getJsonNumber("targetPercent").bigDecimalValue())
        .isEqualByComparingTo(new BigDecimal("15"));
    assertThat(rotterdam.statusCode()).isEqualTo(404);
    assertThat(notAMonth.statusCode()).isEqualTo(400);
    assertThat(notAMonth.body()).contains("is geen maand");
  }

  @Test
  void the_report_of_a_municipality_downloads_as_a_workbook_with_the_same_figures()
      throws Exception {
    YearMonth now = YearMonth.now(AMSTERDAM);
    MarapDatabase.Expected expected =
        MarapDatabase.participantBase(UTRECHT, now.minusMonths(2), now);
    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        base.toURI()
                            .resolve(
                                "api/v1/marap/report/xlsx?region="
                                    + expected.regionId()
                                    + "&municipality="
                                    + expected.municipalityId()
                                    + "&from="
                                    + now.minusMonths(2)
                                    + "&to="
                                    + now))
                    .header("Authorization", StaffApi.basic("stuurgroep", DEMO_PASSWORD))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("marap-utrecht-" + now.minusMonths(2) + "-" + now + ".xlsx");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
      assertThat(workbook.getSheets().map(Sheet::getName))
          .containsExactly(
              "Deelnemersbestand",
              "Burgernetkaart",
              "Acties",
              "Burgernetmail",
              "Helpdesk en klachten");
      List<Row> rows = workbook.getFirstSheet().read();
      Row utrecht =
          rows.stream()
              .filter(row -> "Utrecht".equals(row.getCellText(0)))
              .findFirst()
              .orElseThrow();
      assertThat(utrecht.getCellAsNumber(2).orElseThrow().longValue()).isEqualTo(expected.active());
      assertThat(utrecht.getCellAsNumber(1).orElseThrow().longValue())
          .isEqualTo(expected.inhabitants());
    }
  }

  @Test
  void a_subscribed_steering_group_member_gets_the_quarter_s_report_by_mail_once()
      throws Exception {
    StaffApi api = new StaffApi(base);

    HttpResponse<String> subscribed =
        api.put("marap/subscription", "{}", "stuurgroep", DEMO_PASSWORD);
    JsonObject firstRound =
        StaffApi.object(api.post("marap/mailings", "{}", "beheerder", DEMO_PASSWORD));
    MimeMessage mail = MailBox.awaitMessageTo("stuurgroep@burgernet.local", Duration.ofSeconds(60));
    JsonObject secondRound =
        StaffApi.object(api.post("marap/mailings", "{}", "beheerder", DEMO_PASSWORD));
    HttpResponse<String> unsubscribed =
        api.delete("marap/subscription", "stuurgroep", DEMO_PASSWORD);

    String quarter = lastQuarterEnd().getYear() + "-Q" + lastQuarterEnd().getMonthValue() / 3;
    assertThat(StaffApi.object(subscribed).getBoolean("subscribed")).isTrue();
    assertThat(firstRound.getInt("mailed")).isGreaterThanOrEqualTo(1);
    assertThat(mail.getSubject())
        .isEqualTo("Burgernet: managementrapportage " + quarter + " van Midden-Nederland");
    assertThat((String) mail.getContent())
        .contains("Beste Sanne Stuurgroep")
        .contains(
            "/api/v1/marap/report/pdf?region="
                + MarapDatabase.regionOf(UTRECHT)
                + "&from="
                + lastQuarterEnd().minusMonths(2)
                + "&to="
                + lastQuarterEnd());
    assertThat(secondRound.getInt("mailed")).as("nobody gets a quarter twice").isZero();
    assertThat(StaffApi.object(unsubscribed).getBoolean("subscribed")).isFalse();
  }

  @Test
  void the_burgernetmail_figures_of_rotterdam_match_the_raw_data() throws SQLException {
    StaffApi api = new StaffApi(base);
    assertThat(api.post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD).statusCode())
        .isEqualTo(200);
    YearMonth now = YearMonth.now(AMSTERDAM);
    MarapDatabase.Mails expected = MarapDatabase.mails(ROTTERDAM, now.minusMonths(11), now);

    JsonObject report =
        StaffApi.object(
            api.get(
                "marap/mails?region="
                    + MarapDatabase.regionOf(ROTTERDAM)
                    + "&municipality="
                    + MarapDatabase.municipalityOf(ROTTERDAM)
                    + "&from="
                    + now.minusMonths(11)
                    + "&to="
                    + now,
                "beheerder",
                DEMO_PASSWORD));

    JsonObject rotterdam = report.getJsonArray("municipalities").getJsonObject(0);
    assertThat(rotterdam.getString("municipality")).isEqualTo("Rotterdam");
    assertThat(rotterdam.getJsonNumber("mails").longValue()).isEqualTo(expected.mails());
    assertThat(rotterdam.getJsonNumber("recipients").longValue()).isEqualTo(expected.recipients());
    assertThat(rotterdam.getJsonNumber("undelivered").longValue())
        .isEqualTo(expected.undelivered());
    assertThat(rotterdam.getBoolean("hasAmbassador")).isEqualTo(expected.hasAmbassador()).isTrue();
    assertThat(rotterdam.getBoolean("meetsTarget"))
        .isEqualTo(expected.mails() >= report.getInt("target"));
    assertThat(report.getInt("target")).as("two a year").isEqualTo(2);
  }

  @Test
  void a_steering_group_member_drills_down_to_a_municipality_and_downloads_the_quarterly_report()
      throws Exception {
    browser.logIn("stuurgroep");

    browser.click("menu-deelnemersbestand");
    browser.awaitText("Per gemeente");
    browser.saveScreenshot("MarapParticipantBaseIT-1-region");
    browser.followLink("Utrecht");

    browser.awaitElementText("base-title", "Deelnemersbestand: Utrecht");
    assertThat(browser.textOf("base-total")).contains("actieve deelnemers op");
    assertThat(browser.textOf("base-months")).contains("Netto groei");
    browser.saveScreenshot("MarapParticipantBaseIT-2-utrecht");

    // the quarterly report of the last whole quarter, as the manager mails it
    YearMonth quarterEnd = lastQuarterEnd();
    browser.open(
        browser.currentPath().substring(1).replaceAll("&van=[^&]*&tot=[^&]*", "")
            + "&van="
            + quarterEnd.minusMonths(2)
            + "&tot="
            + quarterEnd);
    browser.awaitElementText("base-title", "Deelnemersbestand: Utrecht");
    Path folder = Files.createTempDirectory("marap-download");
    browser.downloadInto(folder);
    browser.click("marap-pdf");
    Path pdf =
        Browser.awaitDownloadedFile(
            folder, "marap-utrecht-" + quarterEnd.minusMonths(2) + "-" + quarterEnd + ".pdf");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Managementrapportage Burgernet Utrecht")
          .contains("Deelnemersbestand")
          .contains("Resultaten van Burgernetacties")
          .contains("Burgernetmail per gemeente")
          .contains("Helpdesk en klachten");
    }
    browser.click("subscription-form:subscription-toggle");
    browser.awaitText("U krijgt voortaan na elk kwartaal de rapportage per mail.");
    browser.click("subscription-form:subscription-toggle");
    browser.awaitText("U krijgt de kwartaalrapportage niet meer per mail.");

    browser.click("menu-marap-acties");
    browser.awaitElementText("actions-title", "Resultaten van Burgernetacties: Midden-Nederland");
    assertThat(browser.textOf("actions-success")).contains("Hard succes");
    browser.saveScreenshot("MarapParticipantBaseIT-3-actions");

    browser.click("menu-marap-mail");
    browser.awaitElementText("mails-title", "Burgernetmail per gemeente: Midden-Nederland");
    assertThat(browser.textOf("mails-summary")).contains("gemeenten haalden het doel");
    browser.saveScreenshot("MarapParticipantBaseIT-4-mail");

    browser.click("menu-marap-helpdesk");
    browser.awaitElementText("helpdesk-title", "Helpdesk en klachten: Midden-Nederland");
    assertThat(browser.textOf("helpdesk-summary")).contains("meldingen ontvangen");
    browser.saveScreenshot("MarapParticipantBaseIT-5-helpdesk");
  }

  private static YearMonth lastQuarterEnd() {
    YearMonth now = YearMonth.now(AMSTERDAM);
    YearMonth end = now.minusMonths(now.getMonthValue() % 3 == 0 ? 3 : now.getMonthValue() % 3);
    return end;
  }

  private static String baseOf(
      MarapDatabase.Expected expected, YearMonth from, YearMonth to, Long municipality) {
    return "marap/participants?region="
        + expected.regionId()
        + (municipality == null ? "" : "&municipality=" + municipality)
        + "&from="
        + from
        + "&to="
        + to;
  }

  private static Map<String, Long> counts(JsonObject counts) {
    Map<String, Long> map = new TreeMap<>();
    counts.forEach((key, value) -> map.put(key, ((jakarta.json.JsonNumber) value).longValue()));
    return map;
  }

  private void participantInUtrecht(int yearOfBirth, String... channels) {
    participantAt(yearOfBirth, "3511 AA", channels);
  }

  /** Registers and confirms a participant at the postcode; returns the e-mail address. */
  private String participantAt(int yearOfBirth, String postcode, String... channels) {
    var wanted = Json.createArrayBuilder();
    for (String channel : channels) {
      wanted.add(channel);
    }
    String email = RegistrationApiIT.uniqueEmail();
    SelfServiceBrowserIT.Fixture.activate(
        base,
        RegistrationApiIT.registration(email, RegistrationApiIT.uniqueMobile(), postcode)
            .add("yearOfBirth", yearOfBirth)
            .add("channels", wanted)
            .build());
    return email;
  }

  /** Leaves by the unsubscribe link of the participant's first mail, giving the reason. */
  private void unsubscribeWithReason(String email, String reason) {
    Matcher link =
        Pattern.compile("afmelden\\.xhtml\\?token=([A-Za-z0-9_-]+)")
            .matcher(MailBox.textOf(MailBox.awaitMessageTo(email, Duration.ofSeconds(60))));
    assertThat(link.find()).as("unsubscribe link").isTrue();
    browser.open("afmelden.xhtml?token=" + link.group(1));
    browser.check(reason);
    browser.submit("unsubscribe-form:unsubscribe");
    assertThat(browser.has("unsubscribe-done")).isTrue();
  }

  private static long sum(JsonObject base, String figure) {
    return base.getJsonArray("months").getValuesAs(JsonObject.class).stream()
        .mapToLong(month -> month.getJsonNumber(figure).longValue())
        .sum();
  }
}

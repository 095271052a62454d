package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.burgernet.localpeers.LocalDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The MARAP figures leave the portal as the regional bureau asks for them: every figure set as JSON
 * and as CSV with the same numbers, the helpdesk in the Excel and PDF report too, and a figure on a
 * page leads to the list of exactly what it counts.
 */
class MarapExportIT extends BrowserTest {

  private static final String UTRECHT = "GM0344";
  private static final String ROTTERDAM = "GM0599";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** A month no other test gives tickets to, so this test knows what it counts there. */
  private static final YearMonth QUIET_MONTH = YearMonth.now(AMSTERDAM).minusMonths(30);

  /** Another such month, for tickets that still wait for an answer. */
  private static final YearMonth WAITING_MONTH = QUIET_MONTH.minusMonths(2);

  /** Rotterdam's ambassador, also manager: writes Burgernetmail and reads the report. */
  private static final String AMBASSADOR_MANAGER = "ambassador-manager";

  /** Works the tickets of Midden-Nederland and reads its management report. */
  private static final String HELPDESK_MANAGER = "helpdesk-manager";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void every_figure_set_has_the_same_numbers_in_csv_as_in_json() throws SQLException {
    StaffApi api = new StaffApi(base);
    api.post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD);
    ticketsInQuietMonth();
    YearMonth now = YearMonth.now(AMSTERDAM);
    long region = MarapDatabase.regionOf(UTRECHT);
    long utrecht = MarapDatabase.municipalityOf(UTRECHT);

    for (String figures : List.of("participants", "actions", "mails", "helpdesk")) {
      for (String query :
          List.of(
              "?region=" + region + "&from=" + now.minusMonths(11) + "&to=" + now,
              "?region="
                  + region
                  + "&municipality="
                  + utrecht
                  + "&from="
                  + QUIET_MONTH
                  + "&to="
                  + QUIET_MONTH.plusMonths(1))) {
        String path = "marap/" + figures + query;
        HttpResponse<String> csv =
            api.get("marap/" + figures + "/csv" + query, "stuurgroep", DEMO_PASSWORD, "text/csv");
        JsonObject json = StaffApi.object(api.get(path, "stuurgroep", DEMO_PASSWORD));

        assertThat(csv.statusCode()).as(path).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body())
            .as(path)
            .startsWith("\uFEFF\"section\";\"name\";\"figure\";\"value\"");
        List<List<String>> table = parse(csv.body());
        List<List<String>> rows = table.subList(1, table.size());
        for (List<String> row : rows) {
          assertThat(new BigDecimal(row.get(3).replace(',', '.')))
              .as(path + " " + row)
              .isEqualByComparingTo(lookUp(json, row));
        }
        assertThat(rows).as(path + ": one row for each number in the JSON").hasSize(numbers(json));
      }
    }
  }

  @Test
  void the_openapi_document_describes_the_csv_of_every_figure_set() throws Exception {
    HttpResponse<String> openApi =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(openApi.body())
        .contains("/marap/participants/csv")
        .contains("/marap/actions/csv")
        .contains("/marap/mails/csv")
        .contains("/marap/helpdesk/csv")
        .contains("/marap/finance/{id}/csv")
        .contains("text/csv")
        .contains("section;name;figure;value");
  }

  @Test
  void the_helpdesk_is_in_the_excel_and_pdf_report() throws Exception {
    ticketsInQuietMonth();
    long region = MarapDatabase.regionOf(UTRECHT);
    String query = "?region=" + region + "&from=" + QUIET_MONTH + "&to=" + QUIET_MONTH;
    JsonObject helpdesk =
        StaffApi.object(
            new StaffApi(base).get("marap/helpdesk" + query, "stuurgroep", DEMO_PASSWORD));
    JsonObject month = helpdesk.getJsonArray("months").getJsonObject(0);

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(download("xlsx" + query)))) {
      Sheet sheet = sheet(workbook, "Helpdesk en klachten");
      String monthName =
          DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("nl-NL"))
              .format(QUIET_MONTH);
      Row first =
          sheet.read().stream()
              .filter(row -> monthName.equals(row.getCellText(0)))
              .findFirst()
              .orElseThrow();
      assertThat(first.getCellAsNumber(1).orElseThrow().longValue())
          .isEqualTo(month.getJsonNumber("firstLine").longValue())
          .isGreaterThanOrEqualTo(2);
      assertThat(first.getCellAsNumber(2).orElseThrow().longValue())
          .isEqualTo(month.getJsonNumber("secondLine").longValue())
          .isGreaterThanOrEqualTo(1);
    }
    try (PDDocument document = Loader.loadPDF(download("pdf" + query))) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Helpdesk en klachten")
          .contains(helpdesk.getJsonNumber("received").longValue() + " meldingen ontvangen")
          .contains("Klachten in de periode");
    }
  }

  @Test
  void a_month_s_received_tickets_lead_to_the_list_of_exactly_those_tickets() throws Exception {
    ticketsInQuietMonth();
    helpdeskManager();
    long region = MarapDatabase.regionOf(UTRECHT);
    String report =
        "portal/marap/helpdesk.xhtml?regio="
            + region
            + "&van="
            + QUIET_MONTH
            + "&tot="
            + QUIET_MONTH;

    browser.logIn("stuurgroep");
    browser.open(report);
    browser.awaitElementText("helpdesk-title", "Helpdesk en klachten: Midden-Nederland");
    assertThat(browser.has("received-" + QUIET_MONTH))
        .as("the steering group does not work the tickets: a figure, no link")
        .isFalse();
    browser.logOut();

    browser.logIn(HELPDESK_MANAGER);
    browser.open(report);
    browser.awaitElementText("helpdesk-title", "Helpdesk en klachten: Midden-Nederland");
    long figure = Long.parseLong(browser.textOf("received-" + QUIET_MONTH));
    browser.click("received-" + QUIET_MONTH);
    browser.awaitElementText("received-title", figure + " meldingen ontvangen");

    List<?> rows =
        browser.element("tickets-form:received").findElements(By.cssSelector("tbody tr[data-ri]"));
    assertThat(figure).isGreaterThanOrEqualTo(3);
    assertThat(rows).hasSize((int) figure);
    assertThat(browser.textOf("tickets-form:received")).contains("MARAP-export");
    browser.saveScreenshot("MarapExportIT-ticket-list-of-a-month");
  }

  @Test
  void a_municipality_s_mail_figures_lead_to_the_list_of_exactly_those_mails() throws Exception {
    mailsInQuietMonth();
    copyOf("ambassadeur", AMBASSADOR_MANAGER, "MUNICIPALITY_AMBASSADOR", "MANAGER");
    assertThat(
            new StaffApi(base)
                .post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD)
                .statusCode())
        .isEqualTo(200);
    long rotterdam = MarapDatabase.municipalityOf(ROTTERDAM);
    String report =
        "portal/marap/burgernetmail.xhtml?regio="
            + MarapDatabase.regionOf(ROTTERDAM)
            + "&gemeente="
            + rotterdam
            + "&van="
            + QUIET_MONTH
            + "&tot="
            + QUIET_MONTH;

    browser.logIn("stuurgroep");
    browser.open(
        "portal/marap/burgernetmail.xhtml?regio="
            + MarapDatabase.regionOf(UTRECHT)
            + "&van="
            + QUIET_MONTH
            + "&tot="
            + QUIET_MONTH);
    browser.awaitElementText("mails-title", "Midden-Nederland");
    assertThat(browser.has("mails-of-" + MarapDatabase.municipalityOf(UTRECHT)))
        .as("the steering group does not work with Burgernetmail: a figure, no link")
        .isFalse();
    browser.logOut();

    browser.logIn(AMBASSADOR_MANAGER);
    for (String figure : List.of("mails-of-" + rotterdam, "mails-kinds-PREVENTION")) {
      browser.open(report);
      long counted = Long.parseLong(browser.textOf(figure));
      browser.click(figure);
      browser.awaitElementText("mails-sent-title", counted + " verzonden Burgernetmails");

      List<?> rows =
          browser.element("mails-form:mails").findElements(By.cssSelector("tbody tr[data-ri]"));
      assertThat(counted).as(figure).isGreaterThanOrEqualTo(2);
      assertThat(rows).as(figure).hasSize((int) counted);
      assertThat(browser.textOf("mails-form:mails")).contains("MARAP-mail");
    }
    browser.saveScreenshot("MarapExportIT-mails-of-a-municipality");
  }

  @Test
  void every_participant_base_figure_leads_to_its_anonymous_breakdown_with_the_same_number()
      throws Exception {
    // born in 1940: the age band 75+ is in a link as 75%2B
    SelfServiceBrowserIT.Fixture.activate(
        base,
        RegistrationApiIT.registration(
                RegistrationApiIT.uniqueEmail(), RegistrationApiIT.uniqueMobile(), "3511 AA")
            .add("name", "Bea Uitsplitsing")
            .add("yearOfBirth", 1940)
            .build());
    assertThat(
            new StaffApi(base)
                .post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD)
                .statusCode())
        .isEqualTo(200);
    long region = MarapDatabase.regionOf(UTRECHT);
    long utrecht = MarapDatabase.municipalityOf(UTRECHT);
    YearMonth now = YearMonth.now(AMSTERDAM);
    String regionPage = "portal/marap/deelnemers.xhtml?regio=" + region;
    String utrechtPage = regionPage + "&gemeente=" + utrecht;

    browser.logIn("stuurgroep");
    browser.open(utrechtPage);
    browser.awaitElementText("base-title", "Deelnemersbestand: Utrecht");
    List<String> figures =
        new ArrayList<>(
            List.of(
                "new-total",
                "unsubscribed-total",
                "net-total",
                "new-" + now,
                "unsubscribed-" + now,
                "net-" + now));
    for (String table : List.of("base-channels", "base-ages", "base-sources", "base-reasons")) {
      browser.element(table).findElements(By.cssSelector("a")).stream()
          .map(link -> link.getAttribute("id"))
          .forEach(figures::add);
    }
    assertThat(figures).contains("base-channels-SMS", "base-ages-75+");
    boolean accessibilityChecked = false;
    for (String figure : figures) {
      browser.open(utrechtPage);
      String number = browser.textOf(figure);
      browser.click(figure);
      browser.awaitElementText("breakdown-title", "Utrecht");
      assertThat(browser.textOf("breakdown-total"))
          .as(figure)
          .startsWith("Totaal: " + number + ".");
      assertThat(browser.textOf("breakdown-count-" + utrecht)).as(figure).isEqualTo(number);
      if (!accessibilityChecked) {
        assertThat(browser.accessibilityViolationDetails()).as(figure).isEmpty();
        browser.saveScreenshot("MarapExportIT-breakdown-of-" + figure);
        accessibilityChecked = true;
      }
    }

    // from the region's page: the region's total, and a municipality's number of participants
    browser.open(regionPage);
    String total = browser.textOf("base-total").split(" ")[0];
    browser.click("base-total-breakdown");
    browser.awaitElementText("breakdown-title", "Actieve deelnemers");
    assertThat(browser.textOf("breakdown-total")).startsWith("Totaal: " + total + ".");
    browser.open(regionPage);
    String participants = browser.textOf("participants-" + utrecht);
    browser.click("participants-" + utrecht);
    browser.awaitElementText("breakdown-title", "Actieve deelnemers");
    assertThat(browser.textOf("breakdown-title")).contains("Utrecht");
    assertThat(browser.textOf("breakdown-total")).startsWith("Totaal: " + participants + ".");
    assertThat(browser.textOf("breakdown-privacy")).contains("vanaf 5 deelnemers");
    assertThat(browser.text()).doesNotContain("Bea Uitsplitsing");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
    browser.saveScreenshot("MarapExportIT-breakdown-of-utrecht");

    // the participants' spread leads on to the Burgernetkaart of the same municipality
    browser.click("breakdown-map");
    browser.awaitElementText("coverage-title", "Utrecht");
  }

  @Test
  void overdue_tickets_are_those_still_waiting_past_their_due_date_per_line() throws Exception {
    waitingTicketsInQuietMonth();
    long region = MarapDatabase.regionOf(UTRECHT);
    String query = "?region=" + region + "&from=" + WAITING_MONTH + "&to=" + WAITING_MONTH;
    long firstLine = overdueInRawRows(region, "FIRST");
    long secondLine = overdueInRawRows(region, "SECOND");

    JsonObject helpdesk =
        StaffApi.object(
            new StaffApi(base).get("marap/helpdesk" + query, "stuurgroep", DEMO_PASSWORD));
    JsonObject month = helpdesk.getJsonArray("months").getJsonObject(0);

    assertThat(firstLine).as("open and in progress, past the date").isEqualTo(2);
    assertThat(secondLine).isEqualTo(1);
    assertThat(month.getJsonNumber("overdueFirstLine").longValue()).isEqualTo(firstLine);
    assertThat(month.getJsonNumber("overdueSecondLine").longValue()).isEqualTo(secondLine);
    assertThat(helpdesk.getJsonNumber("overdue").longValue()).isEqualTo(firstLine + secondLine);
    assertThat(month.getJsonNumber("received").longValue())
        .as("the answered, closed and not yet due tickets count as received, not as overdue")
        .isEqualTo(6);

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(download("xlsx" + query)))) {
      Row row =
          sheet(workbook, "Helpdesk en klachten").read().stream()
              .filter(candidate -> monthName(WAITING_MONTH).equals(candidate.getCellText(0)))
              .findFirst()
              .orElseThrow();
      assertThat(row.getCellAsNumber(7).orElseThrow().longValue()).isEqualTo(firstLine);
      assertThat(row.getCellAsNumber(8).orElseThrow().longValue()).isEqualTo(secondLine);
    }
    try (PDDocument document = Loader.loadPDF(download("pdf" + query))) {
      assertThat(new PDFTextStripper().getText(document))
          .contains(
              (firstLine + secondLine)
                  + " meldingen uit deze periode wachten nu langer dan hun termijn")
          .contains(firstLine + " / " + secondLine);
    }

    browser.logIn("stuurgroep");
    browser.open(
        "portal/marap/helpdesk.xhtml?regio="
            + region
            + "&van="
            + WAITING_MONTH
            + "&tot="
            + WAITING_MONTH);
    browser.awaitElementText("helpdesk-title", "Helpdesk en klachten: Midden-Nederland");
    assertThat(browser.textOf("overdue-first-" + WAITING_MONTH)).isEqualTo("" + firstLine);
    assertThat(browser.textOf("overdue-second-" + WAITING_MONTH)).isEqualTo("" + secondLine);
    assertThat(browser.textOf("helpdesk-overdue")).startsWith((firstLine + secondLine) + " ");
    browser.logOut();
  }

  @Test
  void the_burgernetkaart_is_in_the_excel_and_pdf_report() throws Exception {
    SelfServiceBrowserIT.Fixture.activeParticipant(base, "Dirk Domplein", "3511 AA");
    StaffApi api = new StaffApi(base);
    assertThat(api.post("marap/participants/count", "{}", "beheerder", DEMO_PASSWORD).statusCode())
        .isEqualTo(200);
    Map<String, BurgernetkaartDatabase.Area> expected = BurgernetkaartDatabase.areasOf(UTRECHT);
    YearMonth now = YearMonth.now(AMSTERDAM);
    String query =
        "?region="
            + MarapDatabase.regionOf(UTRECHT)
            + "&municipality="
            + MarapDatabase.municipalityOf(UTRECHT)
            + "&from="
            + now.minusMonths(2)
            + "&to="
            + now;
    List<BurgernetkaartDatabase.Area> underCovered =
        expected.values().stream().filter(BurgernetkaartDatabase.Area::underCovered).toList();

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(download("xlsx" + query)))) {
      Map<String, Row> rows = new HashMap<>();
      sheet(workbook, "Burgernetkaart").read().stream()
          .filter(row -> expected.containsKey(row.getCellText(0)))
          .forEach(row -> rows.put(row.getCellText(0), row));
      assertThat(rows.keySet()).as("a row per area").isEqualTo(expected.keySet());
      for (BurgernetkaartDatabase.Area area : expected.values()) {
        Row row = rows.get(area.postcode());
        assertThat(row.getCellText(1)).isEqualTo("Utrecht");
        assertThat(row.getCellAsNumber(2).orElseThrow().longValue()).isEqualTo(area.inhabitants());
        assertThat(row.getCellAsNumber(3).orElseThrow().longValue()).isEqualTo(area.households());
        assertThat(row.getCellAsNumber(4).orElseThrow().longValue())
            .as(area.postcode())
            .isEqualTo(area.participants());
        assertThat(row.getCellAsNumber(5).orElseThrow())
            .isEqualByComparingTo(area.perThousandInhabitants());
        assertThat(row.getCellAsNumber(6).orElseThrow())
            .isEqualByComparingTo(area.perHundredHouseholds());
        assertThat(row.getCellText(7).equals("Onder de drempel: werven"))
            .as(area.postcode() + " flagged")
            .isEqualTo(area.underCovered());
      }
    }
    try (PDDocument document = Loader.loadPDF(download("pdf" + query))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(underCovered).as("the sample has areas under Midden-Nederland's 15%").isNotEmpty();
      assertThat(text)
          .contains("Burgernetkaart")
          .contains(
              "Drempel: 15% van de inwoners. "
                  + underCovered.size()
                  + " van de "
                  + expected.size()
                  + " postcodegebieden");
      for (BurgernetkaartDatabase.Area area : underCovered) {
        assertThat(text)
            .contains(
                area.postcode()
                    + " "
                    + String.format(Locale.forLanguageTag("nl-NL"), "%,d", area.inhabitants()));
      }
    }
  }

  /** The CSV's number in the JSON: the row's section, its line by name, the figure by path. */
  private static BigDecimal lookUp(JsonObject json, List<String> row) {
    String section = row.get(0);
    String name = row.get(1);
    String figure = row.get(2);
    if (section.equals("summary")) {
      return json.getJsonNumber(figure).bigDecimalValue();
    }
    JsonValue part = json.get(section);
    if (part instanceof JsonArray lines) {
      JsonObject line =
          lines.getValuesAs(JsonObject.class).stream()
              .filter(
                  candidate ->
                      List.of("municipality", "month", "name").stream()
                          .anyMatch(key -> name.equals(candidate.getString(key, null))))
              .findFirst()
              .orElseThrow();
      return at(line.containsKey("figures") ? line.getJsonObject("figures") : line, figure);
    }
    JsonObject object = (JsonObject) part;
    return object.containsKey(figure.split("\\.")[0])
        ? at(object, figure)
        : object.getJsonNumber(name).bigDecimalValue();
  }

  private static BigDecimal at(JsonObject object, String path) {
    JsonObject node = object;
    String[] keys = path.split("\\.");
    for (int i = 0; i < keys.length - 1; i++) {
      node = node.getJsonObject(keys[i]);
    }
    return node.getJsonNumber(keys[keys.length - 1]).bigDecimalValue();
  }

  /** The numbers in the JSON, leaving out ids: what the CSV must have a row for. */
  private static int numbers(JsonValue value) {
    if (value instanceof JsonNumber) {
      return 1;
    }
    if (value instanceof JsonArray array) {
      return array.stream().mapToInt(MarapExportIT::numbers).sum();
    }
    if (value instanceof JsonObject object) {
      return object.entrySet().stream()
          .filter(entry -> !entry.getKey().equals("id"))
          .mapToInt(entry -> numbers(entry.getValue()))
          .sum();
    }
    return 0;
  }

  /** Semicolon-separated fields, text in quotes with quotes doubled, after the byte order mark. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : csv.substring(1).split("\r\n")) {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == ';' && !quoted) {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
      rows.add(fields);
    }
    return rows;
  }

  private byte[] download(String pathAndQuery) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("api/v1/marap/report/" + pathAndQuery))
                    .header("Authorization", StaffApi.basic("stuurgroep", DEMO_PASSWORD))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static Sheet sheet(ReadableWorkbook workbook, String name) {
    return workbook.getSheets().filter(sheet -> sheet.getName().equals(name)).findFirst().get();
  }

  private static String monthName(YearMonth month) {
    return DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("nl-NL")).format(month);
  }

  /** The waiting month's tickets of the region at the line, pending and past due, from the rows. */
  private static long overdueInRawRows(long region, String line) throws SQLException {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT COUNT(*) FROM helpdesk_ticket WHERE scope_region_id = ? AND line = ?"
                    + " AND status IN ('OPEN', 'IN_PROGRESS') AND due_at < NOW(3)"
                    + " AND received_at >= ? AND received_at < ?")) {
      query.setLong(1, region);
      query.setString(2, line);
      query.setTimestamp(3, startOf(WAITING_MONTH));
      query.setTimestamp(4, startOf(WAITING_MONTH.plusMonths(1)));
      try (var result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static Timestamp startOf(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay(AMSTERDAM).toInstant());
  }

  /**
   * Six tickets of Midden-Nederland in the waiting month, once per test run: overdue are an open
   * and an in-progress one at the first line and an escalated one at the second; not overdue are
   * one answered, one closed unanswered and one whose due date is still to come.
   */
  private static synchronized void waitingTicketsInQuietMonth() throws SQLException {
    try (Connection db = connect()) {
      if (count(db, "SELECT COUNT(*) FROM helpdesk_ticket WHERE subject LIKE 'MARAP-waiting%'")
          > 0) {
        return;
      }
      long utrecht = MarapDatabase.municipalityOf(UTRECHT);
      long region = MarapDatabase.regionOf(UTRECHT);
      Timestamp past = startOf(WAITING_MONTH.plusMonths(1));
      Timestamp future = Timestamp.from(Instant.now().plus(Duration.ofDays(30)));
      waiting(db, "OPEN", "FIRST", region, utrecht, 2, past, null);
      waiting(db, "IN_PROGRESS", "FIRST", region, utrecht, 3, past, null);
      waiting(db, "IN_PROGRESS", "SECOND", region, null, 4, past, past);
      waiting(db, "ANSWERED", "FIRST", region, utrecht, 5, past, null);
      waiting(db, "CLOSED", "FIRST", region, utrecht, 6, past, null);
      waiting(db, "OPEN", "FIRST", region, utrecht, 7, future, null);
    }
  }

  private static void waiting(
      Connection db,
      String status,
      String line,
      long region,
      Long municipality,
      int day,
      Timestamp due,
      Timestamp escalated)
      throws SQLException {
    Timestamp received =
        Timestamp.from(WAITING_MONTH.atDay(day).atTime(10, 0).atZone(AMSTERDAM).toInstant());
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO helpdesk_ticket (kind, received_by, line, status, subject, question,"
                + " received_at, due_at, escalated_at, answered_at, scope_region_id,"
                + " scope_municipality_id) VALUES ('QUESTION', 'PHONE', ?, ?, ?, 'Vraag', ?, ?,"
                + " ?, ?, ?, ?)")) {
      insert.setString(1, line);
      insert.setString(2, status);
      insert.setString(3, "MARAP-waiting " + status + " " + day);
      insert.setTimestamp(4, received);
      insert.setTimestamp(5, due);
      insert.setTimestamp(6, escalated);
      insert.setTimestamp(7, status.equals("ANSWERED") ? due : null);
      insert.setLong(8, region);
      insert.setObject(9, municipality);
      insert.executeUpdate();
    }
  }

  /**
   * Three tickets of Midden-Nederland in the quiet month, once per test run: two taken by Utrecht
   * at the first line (a complaint and a question), one at the regional bureau.
   */
  private static synchronized void ticketsInQuietMonth() throws SQLException {
    try (Connection db = connect()) {
      if (count(db, "SELECT COUNT(*) FROM helpdesk_ticket WHERE subject LIKE 'MARAP-export%'")
          > 0) {
        return;
      }
      long utrecht = MarapDatabase.municipalityOf(UTRECHT);
      long region = MarapDatabase.regionOf(UTRECHT);
      ticket(db, "COMPLAINT", "TOO_MANY_MESSAGES", "FIRST", region, utrecht, 3);
      ticket(db, "QUESTION", null, "FIRST", region, utrecht, 10);
      ticket(db, "QUESTION", null, "SECOND", region, null, 17);
    }
  }

  private static void ticket(
      Connection db,
      String kind,
      String category,
      String line,
      long region,
      Long municipality,
      int day)
      throws SQLException {
    Timestamp received =
        Timestamp.from(QUIET_MONTH.atDay(day).atTime(10, 0).atZone(AMSTERDAM).toInstant());
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO helpdesk_ticket (kind, received_by, line, status, subject, question,"
                + " complaint_category, received_at, due_at, scope_region_id,"
                + " scope_municipality_id) VALUES (?, 'PHONE', ?, 'CLOSED', ?, 'Vraag', ?, ?, ?,"
                + " ?, ?)")) {
      insert.setString(1, kind);
      insert.setString(2, line);
      insert.setString(3, "MARAP-export " + kind + " " + day);
      insert.setString(4, category);
      insert.setTimestamp(5, received);
      insert.setTimestamp(6, received);
      insert.setLong(7, region);
      insert.setObject(8, municipality);
      insert.executeUpdate();
    }
  }

  /** The demo helpdesk of Midden-Nederland, also manager: sees the report and works the tickets. */
  private static void helpdeskManager() throws SQLException {
    copyOf("helpdesk", HELPDESK_MANAGER, "REGIONAL_HELPDESK", "MANAGER");
  }

  /** A demo account's copy (same scope and password) with these roles, once per test run. */
  private static synchronized void copyOf(String demo, String username, String... roles)
      throws SQLException {
    try (Connection db = connect()) {
      if (count(db, "SELECT COUNT(*) FROM staff_account WHERE username = '" + username + "'") > 0) {
        return;
      }
      try (PreparedStatement copy =
          db.prepareStatement(
              "INSERT INTO staff_account (username, display_name, email, password_hash,"
                  + " scope_level, region_id, municipality_id, active, created_at)"
                  + " SELECT ?, CONCAT(display_name, ' (manager)'), ?, password_hash,"
                  + " scope_level, region_id, municipality_id, TRUE, NOW(3) FROM staff_account"
                  + " WHERE username = ?")) {
        copy.setString(1, username);
        copy.setString(2, username + "@burgernet.test");
        copy.setString(3, demo);
        copy.executeUpdate();
      }
      for (String role : roles) {
        try (PreparedStatement grant =
            db.prepareStatement(
                "INSERT INTO staff_account_role (staff_account_id, role)"
                    + " SELECT id, ? FROM staff_account WHERE username = ?")) {
          grant.setString(1, role);
          grant.setString(2, username);
          grant.executeUpdate();
        }
      }
    }
  }

  /**
   * Three Burgernetmails sent to Rotterdam in the quiet month (two prevention, one witness call)
   * and one the month before, once per test run, each with its send request as the dispatch leaves
   * them.
   */
  private static synchronized void mailsInQuietMonth() throws SQLException {
    try (Connection db = connect()) {
      if (count(db, "SELECT COUNT(*) FROM burgernet_mail WHERE subject LIKE 'MARAP-mail%'") > 0) {
        return;
      }
      sentMail(db, "PREVENTION", QUIET_MONTH.atDay(3));
      sentMail(db, "PREVENTION", QUIET_MONTH.atDay(12));
      sentMail(db, "WITNESS_CALL", QUIET_MONTH.atDay(20));
      sentMail(db, "PREVENTION", QUIET_MONTH.minusMonths(1).atDay(20));
    }
  }

  private static void sentMail(Connection db, String kind, java.time.LocalDate day)
      throws SQLException {
    Timestamp sent = Timestamp.from(day.atTime(10, 0).atZone(AMSTERDAM).toInstant());
    String subject = "MARAP-mail " + kind + " " + day;
    long request;
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO send_request (idempotency_key, priority, description, mail_subject,"
                + " requested_by, requested_at, state, state_changed_at, email_count,"
                + " scope_region_id, scope_municipality_id) SELECT ?, 'NORMAL', ?, ?,"
                + " 'ambassadeur', ?, 'FINISHED', ?, 5, region_id, id FROM municipality"
                + " WHERE cbs_code = ?",
            java.sql.Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, subject);
      insert.setString(2, subject);
      insert.setString(3, subject);
      insert.setTimestamp(4, sent);
      insert.setTimestamp(5, sent);
      insert.setString(6, ROTTERDAM);
      insert.executeUpdate();
      try (var key = insert.getGeneratedKeys()) {
        key.next();
        request = key.getLong(1);
      }
    }
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO burgernet_mail (kind, origin, status, subject, body_html, body_text,"
                + " target_municipality_id, author, created_at, updated_at, approved_by,"
                + " send_at, send_request_id, sent_at, scope_region_id, scope_municipality_id)"
                + " SELECT ?, 'MUNICIPALITY', 'SENT', ?, '<p>Sluit uw deur.</p>',"
                + " 'Sluit uw deur.', id, 'ambassadeur', ?, ?, 'ambassadeur', ?, ?, ?,"
                + " region_id, id FROM municipality WHERE cbs_code = ?")) {
      insert.setString(1, kind);
      insert.setString(2, subject);
      insert.setTimestamp(3, sent);
      insert.setTimestamp(4, sent);
      insert.setTimestamp(5, sent);
      insert.setLong(6, request);
      insert.setTimestamp(7, sent);
      insert.setString(8, ROTTERDAM);
      insert.executeUpdate();
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql);
        var result = query.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        LocalPeersForTests.peers().database().jdbcUrl(),
        LocalDatabase.USER,
        LocalDatabase.PASSWORD);
  }
}

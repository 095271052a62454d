package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The helpdesk through the REST API, as a staff system uses it: the relation manager of Deventer
 * (first line) registers a complaint and escalates it to the regional bureau of IJsselland (second
 * line), which takes, answers and closes it. Lists filter by status, line, overdue and participant;
 * the regional helpdesk of Midden-Nederland and the municipality never reach each other's tickets,
 * not even by guessing ids; every bad input is a problem document with a Dutch explanation. A
 * ticket is assigned to a named colleague who sees it and works at its line, and then is theirs;
 * lists also filter by owner, complaint category, period and text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpdeskTicketsApiIT {

  private static final String FIRST_LINE = "relatiebeheer";
  private static final String SECOND_LINE = SecondLineHelpdesk.USERNAME;
  private static final String OTHER_REGION = "helpdesk";
  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet(
        SecondLineHelpdesk.class, HelpdeskColleagues.class, StaffFixture.class);
  }

  @ArquillianResource private URL base;

  private StaffApi api;

  @BeforeEach
  void connect() {
    api = new StaffApi(base);
  }

  @Test
  void a_complaint_is_registered_escalated_taken_answered_and_closed() {
    HttpResponse<String> created = post(complaint(unique("Te veel sms")));

    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject ticket = StaffApi.object(created);
    long id = ticket.getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/tickets/" + id));
    assertThat(ticket.getString("number")).isEqualTo("HD-" + id);
    assertThat(ticket.getString("line")).isEqualTo("FIRST");
    assertThat(ticket.getString("status")).isEqualTo("OPEN");
    assertThat(ticket.getString("complaintCategory")).isEqualTo("TOO_MANY_MESSAGES");
    assertThat(ticket.getString("requesterPhone")).isEqualTo("+31612345678");

    JsonObject escalated =
        ok(
            api.post(
                "tickets/" + id + "/escalation",
                text("De vrager wil de instellingen van de meldkamer weten."),
                FIRST_LINE,
                DEMO_PASSWORD));
    assertThat(escalated.getString("line")).isEqualTo("SECOND");
    assertThat(escalated.getString("status")).isEqualTo("OPEN");

    HttpResponse<String> notAnymore =
        api.post("tickets/" + id + "/closing", text("Toch zelf"), FIRST_LINE, DEMO_PASSWORD);
    assertProblem(notAnymore, 409, "ligt bij de tweede lijn");
    assertThat(ids(api.get("tickets?line=SECOND&status=OPEN", SECOND_LINE, DEMO_PASSWORD)))
        .contains(id);

    JsonObject taken = ok(api.post("tickets/" + id + "/taking", "", SECOND_LINE, DEMO_PASSWORD));
    assertThat(taken.getString("owner")).isEqualTo(SECOND_LINE);
    assertThat(taken.getString("status")).isEqualTo("IN_PROGRESS");
    JsonObject answered =
        ok(
            api.post(
                "tickets/" + id + "/answer",
                text("U kunt stille uren instellen in Mijn Burgernet."),
                SECOND_LINE,
                DEMO_PASSWORD));
    assertThat(answered.getString("status")).isEqualTo("ANSWERED");
    assertThat(answered.getBoolean("answerMailed")).isTrue();
    JsonObject closed =
        ok(
            api.post(
                "tickets/" + id + "/closing",
                text("Vrager is tevreden."),
                SECOND_LINE,
                DEMO_PASSWORD));

    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(step -> step.getString("step"))
        .containsExactly("REGISTERED", "ESCALATED", "TAKEN", "ANSWERED", "CLOSED");
    assertProblem(
        api.post("tickets/" + id + "/closing", "", SECOND_LINE, DEMO_PASSWORD),
        409,
        "al afgehandeld");
    assertThat(ok(api.get("tickets/" + id, FIRST_LINE, DEMO_PASSWORD)).getString("status"))
        .as("the municipality still follows its ticket")
        .isEqualTo("CLOSED");
    assertThat(AuditDatabase.actions(SECOND_LINE)).contains("UPDATE Ticket");
  }

  @Test
  void lists_filter_by_participant_status_line_and_overdue() throws SQLException {
    long participant = participantOfDeventer();
    JsonObjectBuilder aboutTheParticipant =
        question(unique("Wijziging adres")).add("participantId", participant);
    long linked = idOf(post(aboutTheParticipant));
    long other = idOf(post(question(unique("Los"))));
    AuditDatabase.execute(
        "UPDATE helpdesk_ticket SET due_at = TIMESTAMPADD(HOUR, -1, UTC_TIMESTAMP(3))"
            + " WHERE id = "
            + other);

    long linkedLater = idOf(post(question(unique("Later gekoppeld"))));
    JsonObject relinked =
        ok(
            api.put(
                "tickets/" + linkedLater + "/participant",
                Json.createObjectBuilder().add("participantId", participant).build().toString(),
                FIRST_LINE,
                DEMO_PASSWORD));
    assertThat(relinked.getJsonNumber("participantId").longValue()).isEqualTo(participant);

    assertThat(ids(api.get("tickets?participant=" + participant, FIRST_LINE, DEMO_PASSWORD)))
        .containsExactlyInAnyOrder(linked, linkedLater);
    assertThat(ids(api.get("tickets?overdue=true", FIRST_LINE, DEMO_PASSWORD)))
        .contains(other)
        .doesNotContain(linked);
    assertThat(ids(api.get("tickets?overdue=false&status=open", FIRST_LINE, DEMO_PASSWORD)))
        .contains(linked)
        .doesNotContain(other);
    assertThat(ids(api.get("tickets?status=CLOSED", FIRST_LINE, DEMO_PASSWORD)))
        .doesNotContain(linked, other);
    assertThat(ids(api.get("tickets?line=SECOND", FIRST_LINE, DEMO_PASSWORD)))
        .doesNotContain(linked, other);
    JsonObject listed =
        StaffApi.array(api.get("tickets?overdue=true", FIRST_LINE, DEMO_PASSWORD))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(ticket -> ticket.getJsonNumber("id").longValue() == other)
            .findFirst()
            .orElseThrow();
    assertThat(listed.getBoolean("overdue")).isTrue();
    assertThat(listed.containsKey("requesterName")).as("lists show no personal data").isFalse();
  }

  @Test
  void a_ticket_is_assigned_to_a_colleague_who_then_finds_it_among_their_own() {
    long id = idOf(post(question(unique("Toewijzen"))));
    List<String> colleagues =
        StaffApi.array(api.get("tickets/" + id + "/assignees", FIRST_LINE, DEMO_PASSWORD))
            .getValuesAs(JsonObject.class)
            .stream()
            .map(colleague -> colleague.getString("username"))
            .toList();
    assertThat(colleagues)
        .contains(HelpdeskColleagues.DEVENTER)
        .doesNotContain(HelpdeskColleagues.ZWOLLE, HelpdeskColleagues.REGIONAL, OTHER_REGION);

    JsonObject assigned =
        ok(
            api.post(
                "tickets/" + id + "/assignment",
                assignee(HelpdeskColleagues.DEVENTER),
                FIRST_LINE,
                DEMO_PASSWORD));

    assertThat(assigned.getString("owner")).isEqualTo(HelpdeskColleagues.DEVENTER);
    assertThat(assigned.getString("status")).isEqualTo("IN_PROGRESS");
    List<JsonObject> history = assigned.getJsonArray("history").getValuesAs(JsonObject.class);
    JsonObject step = history.get(history.size() - 1);
    assertThat(step.getString("step")).isEqualTo("ASSIGNED");
    assertThat(step.getString("actor")).isEqualTo(FIRST_LINE);
    assertThat(step.getString("assignee")).isEqualTo(HelpdeskColleagues.DEVENTER);
    assertThat(ids(api.get("tickets?assignee=mine", HelpdeskColleagues.DEVENTER, DEMO_PASSWORD)))
        .contains(id);
    assertThat(ids(api.get("tickets?assignee=MINE", FIRST_LINE, DEMO_PASSWORD))).doesNotContain(id);
    assertThat(ids(api.get("tickets?assignee=unassigned", FIRST_LINE, DEMO_PASSWORD)))
        .doesNotContain(id);
    assertThat(AuditDatabase.actions(FIRST_LINE)).contains("UPDATE Ticket");

    assertProblem(
        api.post(
            "tickets/" + id + "/assignment",
            assignee(HelpdeskColleagues.DEVENTER),
            FIRST_LINE,
            DEMO_PASSWORD),
        409,
        "al toegewezen aan Dirk Deventer");
    assertProblem(
        api.post(
            "tickets/" + id + "/assignment",
            assignee(HelpdeskColleagues.ZWOLLE),
            FIRST_LINE,
            DEMO_PASSWORD),
        400,
        "geen collega met de gebruikersnaam 'relatiebeheer-zwolle'");
    assertProblem(
        api.post(
            "tickets/" + id + "/assignment",
            assignee(HelpdeskColleagues.ZWOLLE),
            SECOND_LINE,
            DEMO_PASSWORD),
        400,
        "Zoë Zwolle mag melding HD-" + id + " niet zien");
    assertProblem(
        api.post("tickets/" + id + "/assignment", "{}", FIRST_LINE, DEMO_PASSWORD),
        400,
        "Kies de collega");
    JsonObject atTheBureau =
        ok(
            api.post(
                "tickets/" + id + "/assignment",
                assignee(HelpdeskColleagues.REGIONAL),
                SECOND_LINE,
                DEMO_PASSWORD));
    assertThat(atTheBureau.getString("owner")).isEqualTo(HelpdeskColleagues.REGIONAL);

    long escalated = idOf(post(question(unique("Geëscaleerd"))));
    ok(
        api.post(
            "tickets/" + escalated + "/escalation",
            text("Voor het bureau"),
            FIRST_LINE,
            DEMO_PASSWORD));
    assertProblem(
        api.post(
            "tickets/" + escalated + "/assignment",
            assignee(HelpdeskColleagues.DEVENTER),
            SECOND_LINE,
            DEMO_PASSWORD),
        400,
        "Dirk Deventer werkt bij de gemeente (eerste lijn)");
    JsonObject untouched = ok(api.get("tickets/" + escalated, SECOND_LINE, DEMO_PASSWORD));
    assertThat(untouched.get("owner") == null || untouched.isNull("owner"))
        .as("the refused assignment changed nothing")
        .isTrue();
  }

  @Test
  void lists_filter_by_category_period_and_subject_or_number() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long complaint = idOf(post(complaint("Klacht " + tag)));
    long question = idOf(post(question("Vraag " + tag)));
    String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    assertThat(ids(api.get("tickets?q=" + tag, FIRST_LINE, DEMO_PASSWORD)))
        .containsExactlyInAnyOrder(complaint, question);
    assertThat(ids(api.get("tickets?q=HD-" + question, FIRST_LINE, DEMO_PASSWORD)))
        .contains(question)
        .doesNotContain(complaint);
    assertThat(
            ids(api.get("tickets?category=too_many_messages&q=" + tag, FIRST_LINE, DEMO_PASSWORD)))
        .containsExactly(complaint);
    assertThat(ids(api.get("tickets?category=PRIVACY&q=" + tag, FIRST_LINE, DEMO_PASSWORD)))
        .isEmpty();
    assertThat(
            ids(
                api.get(
                    "tickets?from=" + today + "&to=" + today + "&q=" + tag,
                    FIRST_LINE,
                    DEMO_PASSWORD)))
        .hasSize(2);
    assertThat(ids(api.get("tickets?to=2025-01&q=" + tag, FIRST_LINE, DEMO_PASSWORD))).isEmpty();
    assertThat(ids(api.get("tickets?q=" + tag + "%25", FIRST_LINE, DEMO_PASSWORD)))
        .as("a percent sign is a character, not a wildcard")
        .isEmpty();
    assertProblem(api.get("tickets?from=gisteren", FIRST_LINE, DEMO_PASSWORD), 400, "geen datum");
    assertProblem(
        api.get("tickets?from=2026-12-01&to=2026-11", FIRST_LINE, DEMO_PASSWORD),
        400,
        "eindigt voordat zij begint");
    assertProblem(api.get("tickets?assignee=iemand", FIRST_LINE, DEMO_PASSWORD), 400, "MINE");
    assertProblem(api.get("tickets?category=SAAI", FIRST_LINE, DEMO_PASSWORD), 400, "categorie");
  }

  @Test
  void a_ticket_of_another_unit_is_not_found_whatever_id_is_asked_for() {
    String subject = unique("Midden-Nederland");
    long middenNederland = idOf(post(question(subject), OTHER_REGION));
    long deventer = idOf(post(question(unique("Deventer"))));

    HttpResponse<String> tampered =
        api.get("tickets/" + middenNederland, FIRST_LINE, DEMO_PASSWORD);
    assertProblem(tampered, 404, "buiten uw werkgebied");
    assertThat(tampered.body()).doesNotContain(subject);
    assertProblem(api.get("tickets/" + middenNederland, SECOND_LINE, DEMO_PASSWORD), 404, "");
    assertProblem(api.get("tickets/" + deventer, OTHER_REGION, DEMO_PASSWORD), 404, "");
    assertProblem(
        api.post(
            "tickets/" + middenNederland + "/escalation",
            text("Geraden"),
            FIRST_LINE,
            DEMO_PASSWORD),
        404,
        "");
    assertProblem(
        api.post("tickets/" + deventer + "/closing", "", OTHER_REGION, DEMO_PASSWORD), 404, "");
    assertProblem(api.get("tickets/HD-" + deventer, FIRST_LINE, DEMO_PASSWORD), 404, "");
    assertThat(ids(api.get("tickets", FIRST_LINE, DEMO_PASSWORD)))
        .contains(deventer)
        .doesNotContain(middenNederland);
    assertThat(
            ok(api.get("tickets/" + middenNederland, OTHER_REGION, DEMO_PASSWORD))
                .getString("status"))
        .as("untouched by the tries of others")
        .isEqualTo("OPEN");
    assertProblem(
        api.get("tickets?participant=" + participantOfDeventer(), OTHER_REGION, DEMO_PASSWORD),
        404,
        "");
    assertThat(api.get("tickets", "ambassadeur", DEMO_PASSWORD).statusCode()).isEqualTo(403);
  }

  @Test
  void every_bad_input_is_a_problem_document_in_dutch() {
    String subject = unique("Fout");
    assertProblem(post(question(subject).add("kind", "KLACHT")), 400, "soort melding");
    assertProblem(post(question(subject).add("receivedBy", "FAX")), 400, "Binnengekomen via");
    assertProblem(post(complaint(subject).addNull("complaintCategory")), 400, "Kies de categorie");
    assertProblem(
        post(complaint(subject).add("complaintCategory", "SAAI")), 400, "categorie van de klacht");
    assertProblem(post(question("")), 400, "Vul het onderwerp in");
    assertProblem(post(question(subject).add("question", "x".repeat(4001))), 400, "te lang");
    assertProblem(
        post(question(subject).add("requesterName", "<script>alert(1)</script>")),
        400,
        "Gebruik geen < of >");
    assertProblem(post(question(subject).add("requesterPhone", "12")), 400, "telefoonnummer");
    assertProblem(
        post(question(subject).add("requesterEmail", "geen-adres")),
        400,
        "geen geldig e-mailadres");
    assertProblem(post(question(subject).add("participantId", "twaalf")), 400, "geen geldige JSON");
    assertProblem(post(question(subject).add("participantId", Long.MAX_VALUE)), 404, "");
    assertProblem(
        api.post("tickets", "{\"kind\": ", FIRST_LINE, DEMO_PASSWORD), 400, "geen geldige JSON");
    assertProblem(api.post("tickets", "", FIRST_LINE, DEMO_PASSWORD), 400, "als JSON");
    assertProblem(api.get("tickets?status=DICHT", FIRST_LINE, DEMO_PASSWORD), 400, "status");
    assertProblem(api.get("tickets?line=DERDE", FIRST_LINE, DEMO_PASSWORD), 400, "lijn");
    assertProblem(api.get("tickets?overdue=ja", FIRST_LINE, DEMO_PASSWORD), 400, "true of false");
    assertProblem(
        api.get("tickets?participant=Jan", FIRST_LINE, DEMO_PASSWORD), 400, "deelnemernummer");

    long id = idOf(post(question(subject)));
    assertProblem(
        api.post("tickets/" + id + "/escalation", text("  "), FIRST_LINE, DEMO_PASSWORD),
        400,
        "Vul in waarom");
    assertProblem(
        api.post("tickets/" + id + "/answer", "{}", FIRST_LINE, DEMO_PASSWORD),
        400,
        "Vul het antwoord in");
    assertProblem(
        api.put("tickets/" + id + "/participant", "{}", FIRST_LINE, DEMO_PASSWORD),
        400,
        "deelnemernummer");
    assertThat(ids(api.get("tickets?status=OPEN", FIRST_LINE, DEMO_PASSWORD)))
        .as("the refused calls changed nothing")
        .contains(id);
    assertThat(
            StaffApi.array(api.get("tickets", FIRST_LINE, DEMO_PASSWORD))
                .getValuesAs(JsonObject.class))
        .as("only the valid ticket was registered")
        .filteredOn(ticket -> ticket.getString("subject").equals(subject))
        .extracting(ticket -> ticket.getJsonNumber("id").longValue())
        .containsExactly(id);
  }

  private HttpResponse<String> post(JsonObjectBuilder ticket) {
    return post(ticket, FIRST_LINE);
  }

  private HttpResponse<String> post(JsonObjectBuilder ticket, String username) {
    return api.post("tickets", ticket.build().toString(), username, DEMO_PASSWORD);
  }

  /**
   * A participant registered through the app in Deventer; their id as the relation manager finds
   * it.
   */
  private long participantOfDeventer() {
    String email = RegistrationApiIT.uniqueEmail();
    RegistrationApiIT.post(
        base,
        RegistrationApiIT.registration(email, RegistrationApiIT.uniqueMobile(), "7411 AA").build());
    JsonObject found = ok(api.get("participants?q=" + email, FIRST_LINE, DEMO_PASSWORD));
    return found.getJsonArray("participants").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static JsonObjectBuilder complaint(String subject) {
    return Json.createObjectBuilder()
        .add("kind", "COMPLAINT")
        .add("complaintCategory", "TOO_MANY_MESSAGES")
        .add("receivedBy", "PHONE")
        .add("subject", subject)
        .add("question", "Mevrouw krijgt elke nacht een Burgernetactie.")
        .add("requesterName", "Els Wakker")
        .add("requesterEmail", RegistrationApiIT.uniqueEmail())
        .add("requesterPhone", "06 12345678");
  }

  private static JsonObjectBuilder question(String subject) {
    return Json.createObjectBuilder()
        .add("kind", "QUESTION")
        .add("receivedBy", "MAIL")
        .add("subject", subject)
        .add("question", "Hoe kan ik mijn telefoonnummer wijzigen?");
  }

  private static String assignee(String username) {
    return Json.createObjectBuilder().add("assignee", username).build().toString();
  }

  private static String text(String text) {
    return Json.createObjectBuilder().add("text", text).build().toString();
  }

  private static String unique(String subject) {
    return subject + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StaffApi.object(response);
  }

  private static long idOf(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return StaffApi.object(created).getJsonNumber("id").longValue();
  }

  private static List<Long> ids(HttpResponse<String> list) {
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return StaffApi.array(list).getValuesAs(JsonObject.class).stream()
        .map(ticket -> ticket.getJsonNumber("id").longValue())
        .toList();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
    JsonObject problem = StaffApi.object(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.get("detail")).isNotEqualTo(JsonValue.NULL);
    assertThat(problem.getString("detail")).isNotBlank().contains(detail);
  }
}

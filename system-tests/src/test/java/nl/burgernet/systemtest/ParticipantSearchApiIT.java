package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/v1/participants?q=…}: the portal's search for staff systems, within the caller's
 * scope, a page at a time, audited, and with a problem document for every bad input.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantSearchApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @ArquillianResource private URL base;

  @Test
  void the_relation_manager_finds_by_surname_only_participants_of_their_municipality() {
    String surname = "Api" + letters();
    registered("Anna van " + surname, "7411 AA");
    registered("Bram " + surname, "7412 AA");
    registered("Cor " + surname, "3111 AA");

    JsonObject page = found(search(surname, "relatiebeheer", ""));

    assertThat(page.getInt("total")).isEqualTo(2);
    assertThat(names(page)).containsExactly("Anna van " + surname, "Bram " + surname);
    assertThat(page.getJsonArray("participants").getJsonObject(0).getString("municipality"))
        .isEqualTo("Deventer");
    assertThat(AuditDatabase.actions("relatiebeheer")).contains("READ Participant");
  }

  @Test
  void a_page_at_a_time_by_first_and_size() {
    String surname = "Pagina" + letters();
    for (String first : List.of("Anna", "Bram", "Cor")) {
      registered(first + " " + surname, "7411 AA");
    }

    JsonObject second = found(search(surname, "relatiebeheer", "&first=2&size=2"));

    assertThat(second.getInt("total")).isEqualTo(3);
    assertThat(second.getInt("first")).isEqualTo(2);
    assertThat(names(second)).containsExactly("Cor " + surname);
  }

  @Test
  void by_phone_in_any_notation_by_e_mail_and_by_status() {
    String mobile = RegistrationApiIT.uniqueMobile();
    String email = RegistrationApiIT.uniqueEmail();
    RegistrationApiIT.post(
        base,
        RegistrationApiIT.registration(email, mobile, "7411 GP")
            .add("name", "Telefoon Zoeker")
            .build());
    String spoken = "06-" + mobile.substring(4, 6) + " " + mobile.substring(6);

    assertThat(names(found(search(spoken, "relatiebeheer", ""))))
        .containsExactly("Telefoon Zoeker");
    assertThat(names(found(search(email, "relatiebeheer", "")))).containsExactly("Telefoon Zoeker");
    assertThat(found(search(email, "relatiebeheer", "&status=active")).getInt("total")).isZero();
    assertThat(
            found(search(email, "relatiebeheer", "&status=AWAITING_CONFIRMATION")).getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void the_helpdesk_of_another_region_finds_nothing_and_an_ambassador_may_not_search() {
    String surname = "Elders" + letters();
    registered("Dirk " + surname, "7411 AA");

    JsonObject helpdesk = found(search(surname, "helpdesk", ""));
    HttpResponse<String> ambassador = search(surname, "ambassadeur", "");

    assertThat(helpdesk.getInt("total")).isZero();
    assertThat(helpdesk.getJsonArray("participants")).isEmpty();
    assertThat(ambassador.statusCode()).isEqualTo(403);
    assertThat(ambassador.body()).doesNotContain(surname);
  }

  @Test
  void every_bad_input_is_a_problem_document_in_dutch() {
    assertProblem(search("12 34", "relatiebeheer", ""), "telefoonnummer");
    assertProblem(search("a", "relatiebeheer", ""), "ten minste 2 letters");
    assertProblem(search("", "relatiebeheer", ""), "ten minste 2 letters");
    assertProblem(search("jan@", "relatiebeheer", ""), "e-mailadres");
    assertProblem(search("Jansen", "relatiebeheer", "&size=veel"), "per pagina");
    assertProblem(search("Jansen", "relatiebeheer", "&first=-"), "begin van de pagina");
    assertProblem(search("Jansen", "relatiebeheer", "&status=WEG"), "Onbekende status");
    assertThat(search("Jansen", "relatiebeheer", "&size=1000").statusCode()).isEqualTo(400);
    assertThat(search("Jansen", "relatiebeheer", "&first=-5").statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> search(String term, String user, String more) {
    return new StaffApi(base)
        .get(
            "participants?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8) + more,
            user,
            DEMO_PASSWORD);
  }

  private void registered(String name, String postcode) {
    HttpResponse<String> created =
        RegistrationApiIT.post(
            base,
            RegistrationApiIT.registration(
                    RegistrationApiIT.uniqueEmail(), RegistrationApiIT.uniqueMobile(), postcode)
                .add("name", name)
                .build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private static JsonObject found(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StaffApi.object(response);
  }

  private static List<String> names(JsonObject page) {
    return page.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
        .map(participant -> participant.getString("name"))
        .toList();
  }

  private static void assertProblem(HttpResponse<String> response, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(StaffApi.object(response).getString("detail")).contains(detail);
  }

  /** Letters only: digits would make the term a phone number. */
  private static String letters() {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}

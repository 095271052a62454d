package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API gives each staff member their own part of the store: the demo ambassador works for
 * Rotterdam, the demo functional administrator nationally.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiScopingIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @ArquillianResource private URL base;

  private StaffApi api;

  @BeforeEach
  void connect() {
    api = new StaffApi(base);
  }

  @Test
  void the_ambassador_of_rotterdam_lists_only_rotterdam() {
    HttpResponse<String> response = api.get("municipalities", "ambassadeur", DEMO_PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(StaffApi.array(response).getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("cbsCode"))
        .containsExactly("GM0599");
  }

  @Test
  void the_ambassador_of_rotterdam_asking_for_schiedam_by_id_gets_not_found() {
    long schiedam = idOf("GM0606");

    HttpResponse<String> response =
        api.get("municipalities/" + schiedam, "ambassadeur", DEMO_PASSWORD);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).doesNotContain("Schiedam");
  }

  @Test
  void the_national_administrator_sees_every_region() {
    HttpResponse<String> response = api.get("regions", "beheerder", DEMO_PASSWORD);

    assertThat(StaffApi.array(response).getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("code"))
        .containsExactlyInAnyOrder("MIDDEN_NEDERLAND", "ROTTERDAM_RIJNMOND", "IJSSELLAND");
  }

  @Test
  void without_credentials_the_api_answers_unauthorized() {
    assertThat(api.get("municipalities", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void with_a_wrong_password_the_api_answers_unauthorized() {
    assertThat(api.get("municipalities", "manager", "niet-het-wachtwoord").statusCode())
        .isEqualTo(401);
  }

  private long idOf(String cbsCode) {
    return StaffApi.array(api.get("municipalities", "beheerder", DEMO_PASSWORD))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("cbsCode").equals(cbsCode))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}

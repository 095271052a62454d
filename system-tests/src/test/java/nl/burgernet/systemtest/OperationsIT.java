package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators and integrators rely on: health, the API description and safe responses. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @ArquillianResource private URL base;

  @Test
  void readiness_reports_the_database_and_the_broker_up() throws Exception {
    HttpResponse<String> response = get(URI.create(base.toString()).resolve("/health/ready"));

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, String> checks =
        StaffApi.object(response).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    assertThat(checks).containsEntry("database", "UP").containsEntry("broker", "UP");
  }

  @Test
  void the_openapi_document_describes_the_rest_api() throws Exception {
    HttpResponse<String> response = get(URI.create(base.toString()).resolve("/openapi"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Burgernet API").contains("/municipalities/{id}");
  }

  @Test
  void every_page_carries_the_security_headers() throws Exception {
    HttpResponse<String> response = get(URI.create(base + "login.xhtml"));

    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
  }

  @Test
  void an_unknown_page_gets_a_dutch_404_page_without_server_details() throws Exception {
    HttpResponse<String> response = get(URI.create(base + "bestaat-niet.xhtml"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .containsIgnoringCase("niet gevonden")
        .doesNotContain("Caused by")
        .doesNotContainPattern("\\tat [a-z]+\\.")
        .doesNotContain("Payara");
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}

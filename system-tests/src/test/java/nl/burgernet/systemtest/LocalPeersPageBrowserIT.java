package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Where local peers run, the functional administrator reads what each of them received on a page of
 * their own: here a call the test asks of the local voice endpoint shows up with its script. Other
 * staff have no such page.
 */
class LocalPeersPageBrowserIT extends BrowserTest {

  private static final String SCRIPT = "Proefoproep voor de pagina van de lokale ontvangers 4801.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void the_administrator_sees_what_the_local_voice_endpoint_received() throws Exception {
    LocalPeersForTests.peers().voice().callTakes(Duration.ZERO);
    HttpResponse<String> call =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(LocalPeersForTests.peers().voice().url()))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"number\":\"+31304801000\",\"script\":\"" + SCRIPT + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(call.statusCode()).isEqualTo(200);

    browser.logIn("beheerder");
    browser.click("menu-lokale-peers");
    browser.awaitText("Wat de lokale ontvangers kregen");

    assertThat(browser.text())
        .contains("Spraakberichten (lokale spraakdienst)")
        .contains("+31304801000")
        .contains(SCRIPT)
        .contains("Sms (lokale sms-centrale)")
        .contains("App-meldingen (lokale pushontvanger, ontsleuteld)");
  }

  @Test
  void other_staff_have_no_such_page() {
    browser.logIn("meldkamer");

    assertThat(browser.has("menu-lokale-peers")).isFalse();
    browser.open("portal/beheer/lokale-peers.xhtml");
    assertThat(browser.text()).doesNotContain("Wat de lokale ontvangers kregen");
  }
}

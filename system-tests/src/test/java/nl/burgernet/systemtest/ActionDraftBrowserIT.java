package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A partner's AMBER Alert waits on the control room's action list; the operator reviews it and
 * sends it; the partner's cancel appears on the action's screen at once; the action's dossier keeps
 * the partner's alert and cancel, and the hash chain holds.
 */
class ActionDraftBrowserIT extends BrowserTest {

  // the local partner LocalPeers configures for incoming CAP alerts
  private static final String PARTNER_TOKEN = "lokale-cap-partner";
  private static final String IDENTIFIER = "AMBER-BROWSER-2026-1";
  private static final String DESCRIPTION = "Browsertest: jongen, 8 jaar, groene pet.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void the_operator_reviews_a_partners_alert_sends_it_sees_it_cancelled_and_reads_the_dossier()
      throws Exception {
    assertThat(postCap(IDENTIFIER, "Alert", "").statusCode()).isEqualTo(201);

    browser.logIn("meldkamer");
    browser.click("menu-acties");
    browser.awaitText("Conceptacties van partners (CAP)");
    browser.followLink("Beoordelen en verzenden");
    browser.awaitText(DESCRIPTION);
    assertThat(browser.text()).contains("AMBER Alert").contains("cirkel van 1000 m");
    browser.click("draft-form:send");
    browser.awaitText("Actiedossier bekijken en als PDF downloaden");
    String cancel = IDENTIFIER + "-INGETROKKEN";
    String reference = "amber-alert@politie.nl," + IDENTIFIER + ",2026-11-22T21:00:00+01:00";
    assertThat(postCap(cancel, "Cancel", "<references>" + reference + "</references>").statusCode())
        .isEqualTo(200);
    browser.awaitText("De partner heeft de melding ingetrokken.");
    browser.followLink("Actiedossier bekijken en als PDF downloaden");
    browser.awaitText("Hashketen intact");

    assertThat(browser.text())
        .contains(DESCRIPTION)
        .contains("CAP_RECEIVED")
        .contains(IDENTIFIER)
        .contains("CAP-Cancel " + cancel)
        .contains("ROUND_SENT");
    assertThat(browser.has("pdf-form:pdf-download")).isTrue();
  }

  /** The partner's message; its area a small circle at Hoek van Holland, where nobody lives. */
  private HttpResponse<String> postCap(String identifier, String msgType, String references)
      throws IOException, InterruptedException {
    String alert =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>%s</identifier>
          <sender>amber-alert@politie.nl</sender>
          <sent>2026-11-22T21:00:00+01:00</sent>
          <status>Actual</status>
          <msgType>%s</msgType>
          <scope>Public</scope>
          %s
          <info>
            <category>Rescue</category>
            <event>AMBER Alert</event>
            <urgency>Immediate</urgency>
            <severity>Extreme</severity>
            <certainty>Likely</certainty>
            <description>%s</description>
            <area>
              <areaDesc>Hoek van Holland</areaDesc>
              <circle>51.9780,4.1330 1</circle>
            </area>
          </info>
        </alert>
        """
            .formatted(identifier, msgType, references, DESCRIPTION);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/cap/incoming"))
                .header("Authorization", "Bearer " + PARTNER_TOKEN)
                .header("Content-Type", "application/cap+xml")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(alert))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}

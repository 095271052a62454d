package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A participant in Schiedam uses the web app in Chromium: opens it from the magic link in the mail
 * (through Mijn Burgernet), sees the open action of the control room on the map and in the list,
 * and sends a tip with a photo and a place clicked on the map; the operator's action page shows the
 * tip with its photo. Location is off until the participant turns it on, and off again; unpairing
 * forgets the device token. Both public pages pass axe's WCAG 2.1 AA rules.
 *
 * <p>Web Push is not subscribed here: headless Chromium has no push service to subscribe with (it
 * asks Google's, which this machine cannot reach). The hand-over of a subscription with the app's
 * device token is tested in {@link ParticipantWebAppIT} against the local push receiver.
 */
class ParticipantWebAppBrowserIT extends BrowserTest {

  /** postcode-centroids.csv: 51.9364, 4.3773 (Schiedam); no other browser test lives here. */
  private static final String POSTCODE = "3122 AA";

  private static final String CENTRE = "{\"latitude\":51.9364,\"longitude\":4.3773}";

  /** The third seeded deployment scenario (V6): Overval. */
  private static final long ROBBERY_SCENARIO = 3;

  private static final String DESCRIPTION = "Man met oranje rugzak op een scooter, webapp-test.";
  private static final String TIP = "Scooter met oranje rugzak staat bij de molen";
  private static final Pattern LINK =
      Pattern.compile("mijn-gegevens\\.xhtml\\?token=([A-Za-z0-9_-]+)");
  private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void a_participant_opens_the_app_from_the_mail_sees_the_action_and_sends_a_tip_with_a_photo()
      throws IOException {
    String email = SelfServiceBrowserIT.Fixture.activeParticipant(base, "Sara de Wit", POSTCODE);
    long actionId = startAction();

    browser.open("mijn-burgernet.xhtml");
    browser.type("link-request-form:email", email);
    browser.submit("link-request-form:send");
    String token =
        linkToken(
            SelfServiceBrowserIT.Fixture.awaitMail(
                email, SelfServiceBrowserIT.LINK_SUBJECT, MAIL_WAIT));
    browser.open("mijn-gegevens.xhtml?token=" + token);
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    browser.click("open-app");
    browser.awaitElementText("app-status", "De app is gekoppeld");
    assertThat(browser.currentPath()).as("the link's token left the address").doesNotContain(token);
    browser.awaitElementText("action-" + actionId, DESCRIPTION);
    assertThat(browser.textOf("action-" + actionId)).contains("Loopt nu").contains("0800-3122");
    assertThat(
            ((Number)
                    browser.script(
                        "return document.querySelectorAll('#app-map path.leaflet-interactive')"
                            + ".length;"))
                .intValue())
        .as("the action's circle on the map")
        .isGreaterThanOrEqualTo(1);
    assertThat(browser.accessibilityViolationDetails()).isEmpty();

    browser.click("tip-button-" + actionId);
    browser.type("tip-text", TIP);
    browser.element("tip-photo").sendKeys(photo().toString());
    browser.click("app-map");
    browser.awaitElementText("tip-location", "Gekozen plek");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
    browser.click("tip-send");
    browser.awaitElementText("app-status", "Bedankt, uw tip is bij de meldkamer");

    // the position Chromium would give once the participant allowed it
    browser.script(
        "navigator.geolocation.getCurrentPosition = function (found) {"
            + " found({ coords: { latitude: 51.9364, longitude: 4.3773 } }); };");
    assertThat(browser.element("location-share").isSelected()).as("off by default").isFalse();
    browser.click("location-share");
    browser.awaitElementText("location-status", "Uw locatie staat aan");
    assertThat(browser.accessibilityViolationDetails()).isEmpty();
    browser.click("location-share");
    browser.awaitElementText("location-status", "Uw locatie staat uit");
    browser.saveScreenshot("ParticipantWebAppBrowserIT-app");
    browser.click("unpair");
    browser.awaitElementText("app-status", "De app is ontkoppeld");
    assertThat(browser.element("app-unpaired").isDisplayed()).isTrue();
    assertThat(browser.script("return window.localStorage.getItem('burgernet.app.device');"))
        .as("the device token is gone from the browser")
        .isNull();

    JsonObject tip =
        StaffApi.object(
                new StaffApi(base)
                    .get(
                        "actions/" + actionId,
                        "meldkamer",
                        nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD))
            .getJsonArray("tips")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("text").equals(TIP))
            .findFirst()
            .orElseThrow();
    assertThat(tip.getString("source")).isEqualTo("APP");
    assertThat(tip.containsKey("location")).isTrue();

    browser.logIn("meldkamer");
    browser.open("portal/meldkamer/actie.xhtml?id=" + actionId);
    browser.awaitText(TIP);
    assertThat(
            ((Number)
                    browser.script(
                        "var img = document.querySelector('#tip-photo-0 img');"
                            + " return img && img.complete ? img.naturalWidth : 0;"))
                .intValue())
        .as("the photo shows on the operator's page")
        .isEqualTo(400);
  }

  /** The control room of Rotterdam-Rijnmond starts a robbery alert around the participant. */
  private long startAction() {
    HttpResponse<String> started =
        new StaffApi(base)
            .post(
                "actions",
                "{\"scenarioId\":"
                    + ROBBERY_SCENARIO
                    + ",\"description\":\""
                    + DESCRIPTION
                    + "\",\"callbackNumber\":\"0800-3122\",\"channels\":[\"EMAIL\"],"
                    + "\"area\":{\"kind\":\"CIRCLE\",\"centre\":"
                    + CENTRE
                    + ",\"radiusMetres\":500,\"polygon\":[],\"municipalityIds\":[],"
                    + "\"postcodes\":[]},\"idempotencyKey\":\"it-web-app-browser-"
                    + UUID.randomUUID().toString().substring(0, 8)
                    + "\"}",
                "meldkamer",
                nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return StaffApi.object(started).getJsonNumber("id").longValue();
  }

  private static Path photo() throws IOException {
    Path file = Files.createTempFile("tip-", ".png");
    ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    file.toFile().deleteOnExit();
    return file;
  }

  private static String linkToken(jakarta.mail.internet.MimeMessage mail) {
    Matcher link = LINK.matcher(MailBox.textOf(mail));
    assertThat(link.find()).as("self-service link in the mail").isTrue();
    return link.group(1);
  }
}

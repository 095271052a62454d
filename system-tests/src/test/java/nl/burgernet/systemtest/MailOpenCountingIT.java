package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Open counts, a region's opt-in: the regional bureau turns them on and off on the overview page.
 * With IJsselland counting, a mail to Kampen arrives over SMTP with a personal open pixel and a
 * footer line that says IJsselland counts opens; fetching the pixel counts one open, however often
 * it is fetched, and a tampered pixel answers the same GIF and counts nothing. Once IJsselland
 * stops, the next mail has neither pixel nor footer line and counts nothing, while the first keeps
 * its count.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailOpenCountingIT {

  private static final String PREFIX = "6304";
  private static final String COUNTED = "Inbraken in Kampen, geteld " + PREFIX;
  private static final String UNCOUNTED = "Inbraken in Kampen, niet geteld " + PREFIX;
  private static final String FOOTER_LINE =
      "Burgernet IJsselland telt hoe vaak deze e-mail wordt geopend";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Pattern PIXEL =
      Pattern.compile(
          "<img src=\"[^\"]*/(burgernetmail/geopend\\?bericht=\\d+&amp;code=[A-Za-z0-9_-]+)\"");

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(
        MailOpenCountingIT.class, MailFixture.class, OpenCountFixture.class);
  }

  @EJB private MailFixture mails;

  @EJB private OpenCountFixture opens;

  @ArquillianResource private URL base;

  private static long countedMail;
  private static long uncountedMail;

  @Test
  @Order(1)
  @RunAsClient
  void the_regional_bureau_turns_open_counts_on_and_off_again() {
    try (MailPages.Kept kept = MailPages.kept(base, MailOpenCountingIT.class, "bureau")) {
      Browser bureau = kept.browser();
      bureau.logIn("helpdesk");
      bureau.click("menu-burgernetmail");
      bureau.awaitText("Openingen tellen");
      assertThat(bureau.accessibilityViolationDetails()).as("overview").isEmpty();

      bureau.check("Tellen, en dat in de voet van elke mail vermelden");
      bureau.click("opens-form:save-opens");
      bureau.awaitText("Vanaf nu telt uw eenheid hoe vaak haar mails worden geopend");

      bureau.check("Niet tellen (standaard)");
      bureau.click("opens-form:save-opens");
      bureau.awaitText("Uw eenheid telt niet meer hoe vaak haar mails worden geopend");
    }
  }

  @Test
  @Order(2)
  void a_mail_of_a_region_that_counts_opens_goes_out_with_counting_on() {
    assertThat(mails.participantsIn("Kampen", PREFIX, 2)).hasSize(2);
    opens.countOpens("Kampen", true);

    countedMail = opens.sentMail("Kampen", COUNTED);

    assertThat(opens.opensCounted(countedMail)).isTrue();
  }

  @Test
  @Order(3)
  @RunAsClient
  void the_mail_has_a_personal_pixel_and_says_so_in_its_footer() throws Exception {
    String first = MailBox.partsOf(MailBox.awaitMessageTo(reader(0), COUNTED, WAIT));
    String second = MailBox.partsOf(MailBox.awaitMessageTo(reader(1), COUNTED, WAIT));

    assertThat(first).contains(FOOTER_LINE).doesNotContain("geen volgpixels", "{{");
    assertThat(pixelIn(first)).as("a pixel per reader").isNotEqualTo(pixelIn(second));

    HttpResponse<byte[]> opened = fetch(pixelIn(first));
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.headers().firstValue("Content-Type")).hasValue("image/gif");
    assertThat(opened.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(value -> assertThat(value).contains("no-cache", "no-store"));
    assertThat(new String(opened.body(), 0, 6, StandardCharsets.US_ASCII)).isEqualTo("GIF89a");

    fetch(pixelIn(first));
    HttpResponse<byte[]> tampered = fetch(pixelIn(second).replaceAll("code=.", "code=A"));
    assertThat(tampered.statusCode()).isEqualTo(200);
    assertThat(tampered.body()).as("the same GIF").isEqualTo(opened.body());
    assertThat(fetch("burgernetmail/geopend?bericht=0&code=x").body()).isEqualTo(opened.body());
  }

  @Test
  @Order(4)
  void the_first_open_of_the_reader_counts_once_and_the_tampered_pixel_not_at_all() {
    assertThat(opens.opensOf(countedMail)).isEqualTo(1);
  }

  @Test
  @Order(5)
  void once_the_region_stops_counting_the_next_mail_goes_out_without() {
    opens.countOpens("Kampen", false);

    uncountedMail = opens.sentMail("Kampen", UNCOUNTED);

    assertThat(opens.opensCounted(uncountedMail)).isFalse();
    assertThat(opens.opensOf(countedMail)).as("the first mail keeps its count").isEqualTo(1);
  }

  @Test
  @Order(6)
  @RunAsClient
  void the_mail_of_a_region_that_does_not_count_has_no_pixel_and_no_footer_line() {
    String uncounted = MailBox.partsOf(MailBox.awaitMessageTo(reader(0), UNCOUNTED, WAIT));

    assertThat(uncounted)
        .contains("Deze e-mail bevat geen volgpixels.")
        .doesNotContain(FOOTER_LINE, "<img", "geopend?");
  }

  @Test
  @Order(7)
  void nothing_is_counted_for_it() {
    assertThat(opens.opensOf(uncountedMail)).isZero();
  }

  private HttpResponse<byte[]> fetch(String path)
      throws IOException, InterruptedException, URISyntaxException {
    // the pixel names the public address; the test server listens elsewhere
    URI pixel = base.toURI().resolve(path.replace("&amp;", "&"));
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(pixel).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String pixelIn(String parts) {
    Matcher pixel = PIXEL.matcher(parts);
    assertThat(pixel.find()).as("an open pixel in " + parts).isTrue();
    return pixel.group(1);
  }

  private static String reader(int i) {
    return "lezer-" + PREFIX + "-" + i + "@burgernet.test";
  }
}

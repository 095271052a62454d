package nl.burgernet.systemtest;

import static nl.burgernet.systemtest.DeliveryFixture.await;
import static nl.burgernet.systemtest.DeliveryFixture.channel;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.Delivery;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.MailBounce;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.localpeers.LocalMailServer;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.systemtest.DeliveryFixture.Recipient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mail half of the pipeline against the test run's GreenMail: mails arrive personalised, with
 * an HTML alternative and both unsubscribe headers; the one-click POST unsubscribes; a bounce put
 * in the bounce mailbox fails its delivery and is announced; a mail server that is down for a while
 * delays the mails but loses none.
 *
 * <p>Methods with {@code @RunAsClient} look at (or stop) the mail server; the others run inside
 * Payara Micro.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailPipelineIT {

  private static final String PREFIX = "4801";
  private static final String OUTAGE_PREFIX = "4802";
  private static final int RECIPIENTS = 3;
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static final String SUBJECT = "{{naam}}: inbraken in uw buurt";
  private static final String TEXT = "Beste {{naam}},\nLet op uw ramen.\nAfmelden: {{afmeldlink}}";
  private static final String HTML =
      "<p>Beste {{naam}},</p><p>Let op uw ramen.</p><a href=\"{{afmeldlink}}\">Afmelden</a>";

  @Deployment
  static WebArchive deployment() {
    return DeliveryFixture.addTo(Deployments.burgernet(MailPipelineIT.class, MailProbe.class))
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "local-peers-types.jar")
                .addPackage(LocalMailServer.class.getPackage()));
  }

  @EJB private DeliveryFixture fixture;

  @Inject private MailProbe probe;

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void a_mail_with_placeholders_and_html_is_sent_to_every_participant() {
    List<Recipient> recipients = fixture.activeParticipants(PREFIX, RECIPIENTS);
    SendOrder order =
        SendOrder.mail("mail-" + PREFIX, SendPriority.NORMAL, "Inbraakpreventie", SUBJECT, TEXT)
            .withMailHtml(HTML);

    SendRequest request = fixture.submit(order, recipients);

    assertThat(
            await(
                    () -> fixture.progress(request.getId()),
                    p -> channel(p, Channel.EMAIL).count(DeliveryState.SENT) == RECIPIENTS)
                .channels())
        .singleElement()
        .satisfies(c -> assertThat(c.count(DeliveryState.SENT)).isEqualTo(RECIPIENTS));
    assertThat(fixture.deliveries(request.getId()))
        .as("each mail's Message-ID is kept, so a bounce finds its delivery")
        .allSatisfy(d -> assertThat(d.getProviderMessageId()).isPresent());
  }

  @Test
  @Order(2)
  @RunAsClient
  void each_mail_is_personalised_with_an_html_alternative_and_both_unsubscribe_headers()
      throws Exception {
    for (int i = 0; i < RECIPIENTS; i++) {
      MimeMessage mail = MailBox.awaitMessageTo(DeliveryFixture.emailOf(PREFIX, i), WAIT);
      String name = "Deelnemer " + i;
      String link = unsubscribeLinkIn(mail);

      assertThat(mail.getSubject()).isEqualTo(name + ": inbraken in uw buurt");
      assertThat(mail.isMimeType("multipart/alternative")).isTrue();
      Multipart parts = (Multipart) mail.getContent();
      assertThat(parts.getCount()).isEqualTo(2);
      assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
      assertThat(String.valueOf(parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
          .isEqualTo("Beste " + name + ",\nLet op uw ramen.\nAfmelden: " + link);
      assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
      assertThat(String.valueOf(parts.getBodyPart(1).getContent()))
          .contains(
              "<p>Beste " + name + ",</p>",
              "<a href=\"" + link.replace("&", "&amp;") + "\">Afmelden</a>");
      assertThat(mail.getHeader("List-Unsubscribe-Post"))
          .containsExactly("List-Unsubscribe=One-Click");
      assertThat(mail.getHeader("List-Unsubscribe")[0])
          .startsWith("<" + link + ">, <mailto:" + LocalMailServer.BOUNCE_ADDRESS + "?subject=")
          .contains("afmelden%20");
      assertThat(link).contains("/afmelden.xhtml?token=").contains("&bericht=");
    }
  }

  @Test
  @Order(3)
  @RunAsClient
  void the_one_click_post_to_the_unsubscribe_link_unsubscribes() throws Exception {
    MimeMessage mail = MailBox.awaitMessageTo(DeliveryFixture.emailOf(PREFIX, 1), WAIT);
    URI link = URI.create(unsubscribeLinkIn(mail));
    // the link names the public address; the test server listens elsewhere
    URI here = base.toURI().resolve(link.getRawPath().substring(1) + "?" + link.getRawQuery());

    HttpResponse<String> opened = HTTP.send(HttpRequest.newBuilder(here).GET().build(), TEXT_BODY);
    HttpResponse<String> clicked = oneClickPost(here);
    HttpResponse<String> clickedAgain = oneClickPost(here);

    assertThat(opened.statusCode()).as("opening the link only shows the page").isEqualTo(200);
    assertThat(clicked.statusCode()).isEqualTo(200);
    assertThat(clickedAgain.statusCode()).as("a second POST changes nothing").isEqualTo(200);
  }

  @Test
  @Order(4)
  void the_participant_who_clicked_is_unsubscribed_and_the_others_are_not() {
    assertThat(probe.participantStatus(DeliveryFixture.emailOf(PREFIX, 1)))
        .isEqualTo("UNSUBSCRIBED");
    assertThat(probe.participantStatus(DeliveryFixture.emailOf(PREFIX, 0))).isEqualTo("ACTIVE");
  }

  @Test
  @Order(5)
  @RunAsClient
  void a_delivery_status_notification_arrives_in_the_bounce_mailbox() throws Exception {
    MimeMessage mail = MailBox.awaitMessageTo(DeliveryFixture.emailOf(PREFIX, 0), WAIT);

    BounceMailbox.put(
        BounceMailbox.userUnknown(DeliveryFixture.emailOf(PREFIX, 0), mail.getMessageID()));
  }

  @Test
  @Order(6)
  void the_bounce_fails_its_delivery_with_the_reason_and_is_announced() {
    String address = DeliveryFixture.emailOf(PREFIX, 0);

    List<MailBounce> heard = await(probe::bounces, list -> !list.isEmpty());
    Delivery bounced = await(() -> deliveryTo(address), d -> d.getState() == DeliveryState.FAILED);

    assertThat(heard)
        .containsExactly(
            new MailBounce(address, true, "550 5.1.1 <" + address + ">: User unknown"));
    assertThat(bounced.getState()).isEqualTo(DeliveryState.FAILED);
    assertThat(bounced.getReason()).contains("Bounce: 550 5.1.1 <" + address + ">: User unknown");
    assertThat(deliveryTo(DeliveryFixture.emailOf(PREFIX, 2)).getState())
        .isEqualTo(DeliveryState.SENT);
  }

  @Test
  @Order(7)
  @RunAsClient
  void a_participant_unsubscribes_with_the_mailto_of_the_header() throws Exception {
    MimeMessage mail = MailBox.awaitMessageTo(DeliveryFixture.emailOf(PREFIX, 2), WAIT);
    String header = mail.getHeader("List-Unsubscribe")[0];
    String mailto = header.substring(header.indexOf("<mailto:") + 1, header.lastIndexOf('>'));
    String subject =
        URLDecoder.decode(
            mailto.substring(mailto.indexOf("?subject=") + "?subject=".length()),
            StandardCharsets.UTF_8);

    BounceMailbox.put(
        """
        From: %s
        To: %s
        Subject: %s

        """
            .formatted(
                DeliveryFixture.emailOf(PREFIX, 2), LocalMailServer.BOUNCE_ADDRESS, subject));
  }

  @Test
  @Order(8)
  void the_participant_who_mailed_is_unsubscribed() {
    String address = DeliveryFixture.emailOf(PREFIX, 2);

    assertThat(await(() -> probe.participantStatus(address), "UNSUBSCRIBED"::equals))
        .isEqualTo("UNSUBSCRIBED");
  }

  @Test
  @Order(9)
  @RunAsClient
  void the_mail_server_goes_down() {
    LocalPeersForTests.peers().mailServer().stop();
  }

  @Test
  @Order(10)
  void mails_sent_meanwhile_wait_for_the_broker_to_retry_them() {
    List<Recipient> recipients = fixture.activeParticipants(OUTAGE_PREFIX, RECIPIENTS);
    SendRequest request =
        fixture.submit(
            SendOrder.mail(
                "mail-" + OUTAGE_PREFIX,
                SendPriority.NORMAL,
                "Storing",
                "Storing",
                "Beste {{naam}}"),
            recipients);
    DeliveryFixture.pause(Duration.ofSeconds(3));

    assertThat(fixture.deliveries(request.getId()))
        .as("nothing sent, nothing given up while the server is down")
        .allSatisfy(
            d -> assertThat(d.getState()).isIn(DeliveryState.PENDING, DeliveryState.QUEUED));
  }

  @Test
  @Order(11)
  @RunAsClient
  void the_mail_server_comes_back() {
    LocalPeersForTests.peers().mailServer().start();
  }

  @Test
  @Order(12)
  void after_the_outage_every_mail_is_sent() {
    long requestId = requestOf(OUTAGE_PREFIX);

    List<Delivery> deliveries =
        await(
            () -> fixture.deliveries(requestId),
            list -> list.stream().allMatch(d -> d.getState() == DeliveryState.SENT));

    assertThat(deliveries)
        .hasSize(RECIPIENTS)
        .allSatisfy(d -> assertThat(d.getState()).isEqualTo(DeliveryState.SENT))
        .allSatisfy(d -> assertThat(d.getAttempts()).isGreaterThan(1));
  }

  @Test
  @Order(13)
  @RunAsClient
  void every_participant_got_the_mail_once() {
    for (int i = 0; i < RECIPIENTS; i++) {
      String address = DeliveryFixture.emailOf(OUTAGE_PREFIX, i);
      MailBox.awaitMessageTo(address, WAIT);
      assertThat(
              LocalPeersForTests.peers().mailServer().getReceivedMessages().stream()
                  .filter(m -> isTo(m, address)))
          .as("mails to " + address)
          .hasSize(1);
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final HttpResponse.BodyHandler<String> TEXT_BODY =
      HttpResponse.BodyHandlers.ofString();

  private static HttpResponse<String> oneClickPost(URI link) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(link)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
            .build(),
        TEXT_BODY);
  }

  private static String unsubscribeLinkIn(MimeMessage mail) throws MessagingException {
    String header = mail.getHeader("List-Unsubscribe")[0];
    return header.substring(1, header.indexOf('>'));
  }

  private Delivery deliveryTo(String address) {
    long requestId = requestOf(PREFIX);
    return fixture.deliveries(requestId).stream()
        .filter(d -> d.getAddress().equalsIgnoreCase(address))
        .findFirst()
        .orElseThrow();
  }

  private long requestOf(String prefix) {
    return probe.requestId("mail-" + prefix);
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

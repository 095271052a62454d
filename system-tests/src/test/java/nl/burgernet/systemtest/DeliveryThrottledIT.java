package nl.burgernet.systemtest;

import static nl.burgernet.systemtest.DeliveryFixture.await;
import static nl.burgernet.systemtest.DeliveryFixture.channel;
import static nl.burgernet.systemtest.DeliveryFixture.pause;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.List;
import nl.burgernet.delivery.boundary.ChannelProgress;
import nl.burgernet.delivery.boundary.RequestProgress;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.delivery.entity.SendRequestState;
import nl.burgernet.localpeers.LocalSmsc;
import nl.burgernet.localpeers.SubmittedSms;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.systemtest.DeliveryFixture.Recipient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With the SMS rate turned down to 5 a second (this deployment's own configuration), a recall stops
 * what is not yet sent, and a time-critical request submitted after a large normal one reaches the
 * SMSC before the rest of the normal one.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryThrottledIT {

  private static final String RECALL_PREFIX = "4201";
  private static final int RECALL_RECIPIENTS = 25;
  private static final String NORMAL_PREFIX = "4301";
  private static final int NORMAL_RECIPIENTS = 20;
  private static final String URGENT_PREFIX = "4302";
  private static final int URGENT_RECIPIENTS = 3;
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment
  static WebArchive deployment() {
    return DeliveryFixture.addTo(Deployments.burgernet(DeliveryThrottledIT.class))
        .addAsResource(
            new StringAsset("burgernet.delivery.sms.rate-per-second=5\n"),
            "META-INF/microprofile-config.properties")
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "local-peers-types.jar")
                .addPackage(LocalSmsc.class.getPackage()));
  }

  @EJB private DeliveryFixture fixture;

  @Test
  @Order(1)
  void a_recall_cancels_at_once_what_is_not_yet_sent() {
    List<Recipient> recipients = fixture.activeParticipants(RECALL_PREFIX, RECALL_RECIPIENTS);
    SendRequest request =
        fixture.submit(
            SendOrder.sms(
                "recall-" + RECALL_PREFIX,
                SendPriority.NORMAL,
                "Nieuwsbrief",
                "Burgernet nieuwsbrief: nieuwe deelnemers gezocht."),
            recipients);
    await(() -> fixture.progress(request.getId()), p -> sent(p) >= 2);

    int cancelled = fixture.recall(request.getId());

    assertThat(cancelled).as("cancelled at once").isGreaterThanOrEqualTo(15);
    pause(Duration.ofSeconds(2));
    RequestProgress stopped = fixture.progress(request.getId());
    ChannelProgress sms = channel(stopped, Channel.SMS);
    assertThat(stopped.request().getState()).isEqualTo(SendRequestState.RECALLED);
    assertThat(sent(stopped) + sms.count(DeliveryState.CANCELLED)).isEqualTo(RECALL_RECIPIENTS);
    assertThat(sms.count(DeliveryState.PENDING) + sms.count(DeliveryState.QUEUED)).isZero();
    pause(Duration.ofSeconds(1));
    assertThat(sent(fixture.progress(request.getId())))
        .as("nothing leaves after the recall")
        .isEqualTo(sent(stopped));
  }

  @Test
  @Order(2)
  @RunAsClient
  void the_smsc_got_only_what_was_sent_before_the_recall() {
    long received =
        LocalPeersForTests.peers().smsc().received().stream()
            .filter(s -> s.e164Destination().startsWith("+316" + RECALL_PREFIX))
            .count();

    assertThat(received).isBetween(2L, (long) RECALL_RECIPIENTS - 15);
  }

  @Test
  @Order(3)
  void an_alert_submitted_after_a_newsletter_is_sent_first() {
    List<Recipient> normal = fixture.activeParticipants(NORMAL_PREFIX, NORMAL_RECIPIENTS);
    List<Recipient> urgent = fixture.activeParticipants(URGENT_PREFIX, URGENT_RECIPIENTS);

    SendRequest newsletter =
        fixture.submit(
            SendOrder.sms(
                "newsletter-" + NORMAL_PREFIX,
                SendPriority.NORMAL,
                "Nieuwsbrief",
                "Burgernet nieuwsbrief: dank voor uw deelname."),
            normal);
    await(() -> fixture.progress(newsletter.getId()), p -> sent(p) >= 1);
    fixture.submit(
        SendOrder.sms(
            "alert-" + URGENT_PREFIX,
            SendPriority.TIME_CRITICAL,
            "Vermissing",
            "Burgernet: vermiste man, 80 jaar, grijze jas. Gezien? Bel 112."),
        urgent);
  }

  @Test
  @Order(4)
  @RunAsClient
  void the_alert_reached_the_smsc_before_the_rest_of_the_newsletter() {
    LocalSmsc smsc = LocalPeersForTests.peers().smsc();
    smsc.awaitMessage(
        s ->
            s.e164Destination()
                .equals(DeliveryFixture.mobileOf(NORMAL_PREFIX, NORMAL_RECIPIENTS - 1)),
        WAIT);
    List<String> order =
        smsc.submitted().stream()
            .map(SubmittedSms::destination)
            .filter(d -> d.startsWith("316" + NORMAL_PREFIX) || d.startsWith("316" + URGENT_PREFIX))
            .toList();

    assertThat(order).hasSize(NORMAL_RECIPIENTS + URGENT_RECIPIENTS);
    int lastUrgent = lastIndexOf(order, "316" + URGENT_PREFIX);
    int lastNormal = lastIndexOf(order, "316" + NORMAL_PREFIX);
    int normalBeforeLastUrgent =
        (int)
            order.subList(0, lastUrgent).stream()
                .filter(d -> d.startsWith("316" + NORMAL_PREFIX))
                .count();
    assertThat(lastUrgent).as("every alert before the last newsletter").isLessThan(lastNormal);
    assertThat(normalBeforeLastUrgent)
        .as("newsletters sent before the alerts were done")
        .isLessThan(NORMAL_RECIPIENTS / 2);
  }

  private static int lastIndexOf(List<String> destinations, String prefix) {
    for (int i = destinations.size() - 1; i >= 0; i--) {
      if (destinations.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("nothing sent to " + prefix + "...");
  }

  private static long sent(RequestProgress progress) {
    ChannelProgress sms = channel(progress, Channel.SMS);
    return sms.count(DeliveryState.SENT) + sms.count(DeliveryState.DELIVERED);
  }
}

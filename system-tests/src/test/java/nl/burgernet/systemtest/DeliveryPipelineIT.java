package nl.burgernet.systemtest;

import static nl.burgernet.systemtest.DeliveryFixture.await;
import static nl.burgernet.systemtest.DeliveryFixture.channel;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import nl.burgernet.delivery.boundary.ChannelEstimate;
import nl.burgernet.delivery.boundary.RequestProgress;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.delivery.entity.SendRequestState;
import nl.burgernet.localpeers.LocalSmsc;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.systemtest.DeliveryFixture.Recipient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A send request to N participants becomes N deliveries per channel; every SMS reaches the local
 * SMSC and every mail the local mail server, each delivery ends SENT (mail) or DELIVERED (SMS,
 * after the SMSC's receipt), and the same request submitted twice sends once.
 *
 * <p>Methods without {@code @RunAsClient} run inside Payara Micro; the others count what the test
 * run's SMSC and mail server received.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryPipelineIT {

  private static final String PREFIX = "4101";
  private static final int RECIPIENTS = 12;
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Deployment
  static WebArchive deployment() {
    return DeliveryFixture.addTo(Deployments.burgernet(DeliveryPipelineIT.class))
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "local-peers-types.jar")
                .addPackage(LocalSmsc.class.getPackage()));
  }

  @EJB private DeliveryFixture fixture;

  @Test
  @Order(1)
  void a_request_to_n_participants_is_delivered_once_over_both_channels() {
    List<Recipient> recipients = fixture.activeParticipants(PREFIX, RECIPIENTS);
    SendOrder order =
        new SendOrder(
            "pipeline-" + PREFIX,
            SendPriority.TIME_CRITICAL,
            "Vermissing Utrecht",
            "Burgernet: vermist meisje van 6, rode jas. Gezien? Bel 112.",
            "Burgernet: vermist meisje",
            "Gezocht: een meisje van 6 met een rode jas. Gezien? Bel 112.");

    assertThat(fixture.estimate(recipients, EnumSet.of(Channel.SMS, Channel.EMAIL)))
        .as("recipients and ETA at the default 100 SMS/s and 200 mails/s")
        .containsExactly(
            new ChannelEstimate(Channel.SMS, RECIPIENTS, Duration.ofMillis(RECIPIENTS * 10)),
            new ChannelEstimate(Channel.EMAIL, RECIPIENTS, Duration.ofMillis(RECIPIENTS * 5)));

    SendRequest first = fixture.submit(order, recipients);
    SendRequest again = fixture.submit(order, recipients);

    assertThat(again.getId()).as("the same key finds the first request").isEqualTo(first.getId());
    assertThat(first.getSmsCount()).isEqualTo(RECIPIENTS);
    assertThat(first.getEmailCount()).isEqualTo(RECIPIENTS);

    RequestProgress done =
        await(
            () -> fixture.progress(first.getId()),
            p ->
                channel(p, Channel.SMS).count(DeliveryState.DELIVERED) == RECIPIENTS
                    && channel(p, Channel.EMAIL).count(DeliveryState.SENT) == RECIPIENTS
                    // the request is finished in its own transaction after the last outcome
                    && p.request().getState() == SendRequestState.FINISHED);

    assertThat(channel(done, Channel.SMS).count(DeliveryState.DELIVERED)).isEqualTo(RECIPIENTS);
    assertThat(channel(done, Channel.EMAIL).count(DeliveryState.SENT)).isEqualTo(RECIPIENTS);
    assertThat(done.request().getState()).isEqualTo(SendRequestState.FINISHED);
    assertThat(fixture.deliveries(first.getId()))
        .hasSize(2 * RECIPIENTS)
        .allSatisfy(d -> assertThat(d.getAttempts()).isEqualTo(1))
        .filteredOn(d -> d.getChannel() == Channel.SMS)
        .allSatisfy(d -> assertThat(d.getProviderMessageId()).isPresent());
    assertThat(fixture.problems(first.getId())).isEmpty();
  }

  @Test
  @Order(2)
  @RunAsClient
  void every_participant_got_exactly_one_sms_and_one_mail() {
    LocalSmsc smsc = LocalPeersForTests.peers().smsc();
    for (int i = 0; i < RECIPIENTS; i++) {
      String mobile = DeliveryFixture.mobileOf(PREFIX, i);
      assertThat(smsc.received().stream().filter(s -> s.e164Destination().equals(mobile)))
          .as("SMS to participant " + i)
          .hasSize(1)
          .allSatisfy(s -> assertThat(s.text()).startsWith("Burgernet: vermist meisje"));
      String email = DeliveryFixture.emailOf(PREFIX, i);
      assertThat(MailBox.subjectOf(MailBox.awaitMessageTo(email, WAIT)))
          .isEqualTo("Burgernet: vermist meisje");
      assertThat(mailsTo(email)).as("mails to participant " + i).isEqualTo(1);
    }
  }

  private static long mailsTo(String address) {
    return LocalPeersForTests.peers().mailServer().getReceivedMessages().stream()
        .filter(
            message -> {
              try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .count();
  }
}

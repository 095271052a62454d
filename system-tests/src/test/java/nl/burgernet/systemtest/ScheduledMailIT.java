package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.systemtest.MailFixture.Reader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A planned Burgernetmail is nothing but rows in the store (status and time), so whatever instance
 * runs after a restart finds it: here the planner picks up a mail written straight into the store,
 * waits for its time and hands it to the delivery pipeline, and every participant of the
 * municipality gets it personalised, in the house style, with the unsubscribe headers.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduledMailIT {

  private static final String PREFIX = "6101";
  private static final String SUBJECT = "Gepland: sluit uw deur " + PREFIX;
  private static final Duration AHEAD = Duration.ofSeconds(15);

  @Deployment
  static WebArchive deployment() {
    return DeliveryFixture.addTo(Deployments.burgernet(ScheduledMailIT.class, MailFixture.class));
  }

  @EJB private MailFixture fixture;

  @Test
  @Order(1)
  void a_planned_mail_waits_for_its_time_and_then_goes_out_once() {
    fixture.participantsIn("Utrecht", PREFIX, 3);
    Instant at = Instant.now().plus(AHEAD);
    long mail = fixture.scheduledMail("Utrecht", SUBJECT, at);

    DeliveryFixture.pause(Duration.ofSeconds(5));
    assertThat(fixture.statusOf(mail)).as("before its time").isEqualTo(MailStatus.SCHEDULED);

    MailStatus after = DeliveryFixture.await(() -> fixture.statusOf(mail), MailStatus.SENT::equals);
    assertThat(after).isEqualTo(MailStatus.SENT);
    assertThat(Instant.now()).as("not before its time").isAfter(at);
  }

  @Test
  @Order(2)
  @RunAsClient
  void every_participant_reads_it_with_their_own_name_and_unsubscribe_link() throws Exception {
    for (Reader reader :
        List.of(
            new Reader("Lezer " + PREFIX + "-0", "lezer-" + PREFIX + "-0@burgernet.test"),
            new Reader("Lezer " + PREFIX + "-2", "lezer-" + PREFIX + "-2@burgernet.test"))) {
      MimeMessage mail = MailBox.awaitMessageTo(reader.email(), Duration.ofSeconds(60));
      String parts = MailBox.partsOf(mail);

      assertThat(mail.getSubject()).isEqualTo(SUBJECT);
      assertThat(mail.getHeader("List-Unsubscribe")).isNotEmpty();
      assertThat(parts)
          .contains("Beste " + reader.name() + ",", "#C8102E", "Gemeente Utrecht")
          .contains("text/plain", "text/html")
          .doesNotContain("{{naam}}", "{{afmeldlink}}");
      assertThat(MailBox.countTo(reader.email())).as("sent once").isEqualTo(1);
    }
  }
}

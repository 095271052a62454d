package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.UUID;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.entity.MailMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
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
 * What leaves through the outbound port travels over the real broker to its consumer and out by
 * SMTP; a message the consumer cannot handle ends, after the broker's redeliveries, in the
 * dead-letter queue instead of being lost or retried for ever.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessagingIT {

  private static final String RECIPIENT = "wachtrij.test@burgernet.test";
  private static final String SUBJECT = "Bericht via de wachtrij";

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(MessagingIT.class);
  }

  @Inject private Outbox outbox;

  @Test
  @Order(1)
  void a_mail_is_posted_through_the_outbound_port() {
    outbox.post(new MailMessage(RECIPIENT, SUBJECT, "Goedemiddag, dit is een test."));
  }

  @Test
  @Order(2)
  @RunAsClient
  void the_consumer_delivers_it_to_the_mail_server() {
    MimeMessage received = MailBox.awaitMessageTo(RECIPIENT, Duration.ofSeconds(30));

    assertThat(MailBox.subjectOf(received)).isEqualTo(SUBJECT);
    assertThat(MailBox.textOf(received)).contains("dit is een test");
  }

  @Test
  @Order(3)
  @RunAsClient
  void a_poison_message_ends_in_the_dead_letter_queue() throws Exception {
    String marker = UUID.randomUUID().toString();
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(LocalPeersForTests.peers().broker().url());
        JMSContext jms = factory.createContext()) {
      TextMessage poison = jms.createTextMessage("dit is geen e-mailbericht");
      poison.setStringProperty("marker", marker);
      jms.createProducer().send(jms.createQueue("burgernet.mail"), poison);

      assertThat(awaitDeadLetter(jms, marker, Duration.ofSeconds(90)))
          .as("poison message in DLQ")
          .isTrue();
    }
  }

  private static boolean awaitDeadLetter(JMSContext jms, String marker, Duration timeout)
      throws Exception {
    Queue deadLetters = jms.createQueue("DLQ");
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try (QueueBrowser browser = jms.createBrowser(deadLetters, "marker = '" + marker + "'")) {
        if (!Collections.list(browser.getEnumeration()).isEmpty()) {
          return true;
        }
      }
      Thread.sleep(500);
    }
    return false;
  }
}

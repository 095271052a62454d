package nl.burgernet.localpeers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

class LocalBrokerTest {

  @Test
  void aPersistentMessageSurvivesABrokerRestart() {
    Path dataDir = TestDataDirs.fresh("broker");

    try (LocalBroker broker = new LocalBroker(dataDir, 0)) {
      broker.start();
      try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
          JMSContext context = factory.createContext()) {
        Queue queue = context.createQueue("burgernet.test.restart");
        // PERSISTENT is the JMS default delivery mode: written to the journal before the ack
        context.createProducer().send(queue, "kept across restarts");
      }
    }

    try (LocalBroker restarted = new LocalBroker(dataDir, 0)) {
      restarted.start();
      try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(restarted.url());
          JMSContext context = factory.createContext();
          JMSConsumer consumer =
              context.createConsumer(context.createQueue("burgernet.test.restart"))) {
        assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("kept across restarts");
      }
    }
  }

  @Test
  void everyAddressGetsTheSharedRedeliveryAndDeadLetterPolicy() throws Exception {
    try (LocalBroker broker = new LocalBroker(TestDataDirs.fresh("broker"), 0)) {
      broker.start();

      AddressSettings settings =
          broker.server().getAddressSettingsRepository().getMatch("burgernet.mail.outbox");

      assertThat(settings.getDeadLetterAddress().toString()).isEqualTo("DLQ");
      assertThat(settings.getExpiryAddress().toString()).isEqualTo("ExpiryQueue");
      assertThat(settings.getRedeliveryDelay()).isEqualTo(1_000);
      assertThat(settings.getRedeliveryMultiplier()).isEqualTo(2.0);
      assertThat(settings.getMaxRedeliveryDelay()).isEqualTo(60_000);
      assertThat(settings.getMaxDeliveryAttempts()).isEqualTo(5);
      assertThat(settings.isAutoCreateQueues()).isTrue();
      assertThat(broker.server().locateQueue(LocalBroker.DEAD_LETTER_QUEUE))
          .as("pre-created dead-letter queue")
          .isNotNull();
    }
  }
}

package nl.burgernet.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.jms.JMSContext;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.delivery.entity.SmsMessage;

/**
 * JMS adapter of the {@link Outbox}: a persistent message on the channel's queue, sent in the
 * caller's transaction so that it leaves only if the caller's work commits.
 */
@JMSConnectionFactoryDefinition(
    name = JmsOutbox.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = "artemis-ra",
    user = "${MPCONFIG=burgernet.broker.user}",
    password = "${MPCONFIG=burgernet.broker.password}",
    properties = {
      // without the connector class the adapter ignores the parameters and uses localhost:61616
      "connectorClassName=" + JmsOutbox.NETTY_CONNECTOR,
      "connectionParameters=host=${MPCONFIG=burgernet.broker.host};port=${MPCONFIG=burgernet.broker.port}"
    })
@ApplicationScoped
public class JmsOutbox implements Outbox {

  public static final String CONNECTION_FACTORY = "java:app/jms/burgernet";

  public static final String NETTY_CONNECTOR =
      "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory";

  @Inject
  @JMSConnectionFactory(CONNECTION_FACTORY)
  private JMSContext jms;

  @Override
  public void post(MailMessage message) {
    jms.createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .send(jms.createQueue(OutboundQueues.MAIL), MailMessageJson.write(message));
  }

  @Override
  public void post(SmsMessage message) {
    jms.createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .send(jms.createQueue(OutboundQueues.SMS), SmsMessageJson.write(message));
  }
}

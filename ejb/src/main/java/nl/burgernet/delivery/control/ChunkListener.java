package nl.burgernet.delivery.control;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Sends the chunks of one delivery queue; see {@link ChunkSender} for what happens with each
 * delivery. One class for all eight queues: {@code META-INF/ejb-jar.xml} declares it once per queue
 * with the queue and its number of consumers ({@code maxSession}), so time-critical queues get
 * their own, larger pools of consumers. The queue a message came from says its channel and priority
 * (environment entries would not do: in a WAR all beans share one {@code java:comp/env}).
 *
 * <p>The annotation says once how every one of those beans reaches the broker: the server applies
 * it to each bean of this class (the XML adds to it, and wins where both set a property). It names
 * one of the eight beans, as an annotation that named no declared bean would declare a ninth.
 *
 * <p>Not transacted: a chunk can take longer than a transaction may last; a failure rolls the
 * message back to the broker, which redelivers it with growing delays.
 */
@MessageDriven(
    name = "UrgentSmsChunkListener",
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      // without the connector class the adapter ignores the parameters and uses localhost:61616
      @ActivationConfigProperty(
          propertyName = "connectorClassName",
          propertyValue = JmsOutbox.NETTY_CONNECTOR),
      @ActivationConfigProperty(
          propertyName = "connectionParameters",
          propertyValue =
              "host=${MPCONFIG=burgernet.broker.host};port=${MPCONFIG=burgernet.broker.port}"),
      @ActivationConfigProperty(
          propertyName = "user",
          propertyValue = "${MPCONFIG=burgernet.broker.user}"),
      @ActivationConfigProperty(
          propertyName = "password",
          propertyValue = "${MPCONFIG=burgernet.broker.password}"),
      // a chunk is long work: take one message at a time, leave the rest to other instances
      @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChunkListener implements MessageListener {

  @Inject private ChunkSender sender;

  @Override
  public void onMessage(Message message) {
    ChunkMessages.handle(message, sender);
  }
}

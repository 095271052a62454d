package nl.burgernet.delivery.control;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.participant.entity.Channel;

/**
 * Pushes the normal app chunks, pausing while time-critical pushes go. See {@link ChunkSender} for
 * what happens with each delivery. Not transacted: a chunk can take longer than a transaction may
 * last; a failure rolls the message back to the broker, which redelivers it with growing delays.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = DeliveryQueues.APP_NORMAL),
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
      @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NormalAppChunkListener implements MessageListener {

  @Inject private ChunkSender sender;

  @Override
  public void onMessage(Message message) {
    ChunkMessages.handle(message, Channel.APP, SendPriority.NORMAL, sender);
  }
}

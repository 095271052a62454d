package nl.burgernet.delivery.control;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Takes SMS messages off the queue and hands them to the SMS gateway. Any failure rolls the
 * delivery back: the broker redelivers with growing delays and, after the last attempt, moves the
 * message to the dead-letter queue, where staff can see it.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = OutboundQueues.SMS),
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
      // the SMPP window (burgernet.smpp.window-size) limits what is in flight at the SMS centre
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
    })
public class SmsQueueListener implements MessageListener {

  @Inject private SmsGateway smsGateway;

  @Override
  public void onMessage(Message message) {
    try {
      String json = ((TextMessage) message).getText();
      smsGateway.send(SmsMessageJson.read(json));
    } catch (JMSException | ClassCastException e) {
      throw new IllegalArgumentException("unreadable message on the SMS queue", e);
    }
  }
}

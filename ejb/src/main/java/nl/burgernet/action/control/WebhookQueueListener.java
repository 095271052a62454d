package nl.burgernet.action.control;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import nl.burgernet.action.control.WebhookLedger.WebhookPost;
import nl.burgernet.delivery.control.JmsOutbox;

/**
 * Posts one CAP message to one webhook endpoint, signed ({@link WebhookSignature}), and records the
 * attempt. Anything but a 2xx answer fails the message: the broker tries again after 1, 2, 4 and 8
 * s, then moves it to the dead-letter queue; every attempt is on the delivery's row.
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
          propertyValue = WebhookDispatch.QUEUE),
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
      // a slow partner must not hold many threads
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
public class WebhookQueueListener implements MessageListener {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject private WebhookLedger ledger;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Override
  public void onMessage(Message message) {
    long deliveryId;
    try {
      deliveryId = Long.parseLong(((TextMessage) message).getText());
    } catch (JMSException | ClassCastException | NumberFormatException e) {
      throw new IllegalArgumentException("unreadable message on the webhook queue", e);
    }
    ledger.toPost(deliveryId).ifPresent(this::post);
  }

  private void post(WebhookPost post) {
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(post.url()))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", CapDocument.MEDIA_TYPE + ";charset=UTF-8")
            .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
            .header(
                WebhookSignature.SIGNATURE_HEADER,
                WebhookSignature.sign(post.secret(), timestamp, post.body()))
            .header(WebhookSignature.DELIVERY_HEADER, String.valueOf(post.deliveryId()))
            .POST(HttpRequest.BodyPublishers.ofString(post.body(), StandardCharsets.UTF_8))
            .build();
    int status;
    try {
      status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      ledger.failed(post.deliveryId(), null, e.toString());
      throw new IllegalStateException("webhook " + post.deliveryId() + " not reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ledger.failed(post.deliveryId(), null, "interrupted");
      throw new IllegalStateException("webhook " + post.deliveryId() + " interrupted", e);
    }
    if (status / 100 != 2) {
      ledger.failed(post.deliveryId(), status, "HTTP " + status);
      throw new IllegalStateException("webhook " + post.deliveryId() + " answered " + status);
    }
    ledger.delivered(post.deliveryId(), status);
    log.info(() -> "Webhook delivery " + post.deliveryId() + " delivered");
  }
}

package nl.burgernet.delivery.control;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.burgernet.delivery.entity.PushMessage;
import nl.burgernet.participant.entity.PushSubscription;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Web Push adapter of the {@link PushGateway} (RFC 8030): the library (com.interaso:webpush)
 * encrypts each message for the subscription's keys (RFC 8291, aes128gcm) and signs the VAPID token
 * (RFC 8292) with the application server's keys from the configuration; the JDK's HTTP client posts
 * it to the push service. Time-critical messages go with {@code Urgency: high} and live an hour at
 * the push service (an alert heard later is of no use), others a day.
 */
@ApplicationScoped
public class WebPushGateway implements PushGateway {

  static final int URGENT_TTL_SECONDS = 3600;
  static final int NORMAL_TTL_SECONDS = 86_400;

  @Inject
  @ConfigProperty(name = "burgernet.push.vapid.public")
  Optional<String> vapidPublicKey;

  @Inject
  @ConfigProperty(name = "burgernet.push.vapid.private")
  Optional<String> vapidPrivateKey;

  @Inject
  @ConfigProperty(name = "burgernet.push.subject", defaultValue = "mailto:beheer@burgernet.nl")
  String subject;

  @Inject private PushSubscriptionStore subscriptions;

  @Inject private Logger log;

  private WebPush webPush;
  private HttpClient http;

  @PostConstruct
  void create() {
    if (vapidPublicKey.isPresent() && vapidPrivateKey.isPresent()) {
      webPush =
          new WebPush(
              subject,
              VapidKeys.fromUncompressedBytes(vapidPublicKey.get(), vapidPrivateKey.get()));
    }
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public int send(long participantId, PushMessage message) {
    if (webPush == null) {
      throw new IllegalStateException("no VAPID keys configured for app push");
    }
    List<PushSubscription> devices = subscriptions.of(participantId);
    int accepted = 0;
    RuntimeException lastFailure = null;
    for (PushSubscription device : devices) {
      try {
        if (push(device, message)) {
          accepted++;
        } else {
          subscriptions.remove(device.getEndpoint());
          log.info(() -> "Push subscription " + device.getId() + " is gone; removed");
        }
      } catch (IllegalStateException e) {
        lastFailure = e;
      }
    }
    if (accepted > 0) {
      return accepted;
    }
    if (lastFailure != null) {
      throw lastFailure;
    }
    throw new IllegalArgumentException("no push subscription left");
  }

  /** Returns false when the push service says the subscription is gone. */
  private boolean push(PushSubscription device, PushMessage message) {
    Base64.Decoder base64 = Base64.getUrlDecoder();
    byte[] body =
        webPush.getBody(
            message.payload(), base64.decode(device.getP256dh()), base64.decode(device.getAuth()));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(device.getEndpoint()))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    webPush
        .getHeaders(
            device.getEndpoint(),
            message.urgent() ? URGENT_TTL_SECONDS : NORMAL_TTL_SECONDS,
            null,
            message.urgent() ? WebPush.Urgency.High : WebPush.Urgency.Normal)
        .forEach(request::header);
    int status;
    try {
      status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("push service not reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pushing", e);
    }
    if (status / 100 == 2) {
      return true;
    }
    if (status == 404 || status == 410) {
      return false;
    }
    throw new IllegalStateException("push service answered HTTP " + status);
  }
}

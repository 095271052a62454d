package nl.burgernet.localpeers;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * A Web Push service and user agent in one, on 127.0.0.1, for the embedded run and the tests. It
 * hands out subscriptions ({@link #newSubscription()}) whose endpoint is {@code /push/<id>} here
 * and whose keys it keeps; it takes pushes to them as a push service would (RFC 8030: 201 Created,
 * after checking the VAPID token of RFC 8292 against the application server key it was given) and
 * decrypts them as the browser would (RFC 8291). It keeps what it received in memory. A
 * subscription can be made to answer 410 Gone ({@link #expire}), as when the user revoked the
 * permission; an unknown one answers 404.
 */
public final class LocalPushService extends LocalHttpPeer {

  private static final Logger LOG = Logger.getLogger(LocalPushService.class.getName());
  private static final String PUSH_PATH = "/push/";

  private final String applicationServerKey;
  private final Map<String, Keys> subscriptions = new ConcurrentHashMap<>();
  private final Set<String> expired = ConcurrentHashMap.newKeySet();
  private final List<ReceivedPush> received = new CopyOnWriteArrayList<>();
  private final SecureRandom random = new SecureRandom();

  /**
   * @param port on 127.0.0.1, 0 for a free one
   * @param applicationServerKey the VAPID public key (base64url) pushes must be signed with
   */
  public LocalPushService(int port, String applicationServerKey) {
    super(port, "Push receiver", PUSH_PATH);
    this.applicationServerKey = applicationServerKey;
  }

  /** A new subscription, as if a browser subscribed with the application server key. */
  public LocalPushSubscription newSubscription() {
    String id = UUID.randomUUID().toString();
    KeyPair pair = P256.newKeyPair();
    byte[] auth = new byte[16];
    random.nextBytes(auth);
    byte[] publicKey = P256.uncompressed((ECPublicKey) pair.getPublic());
    subscriptions.put(id, new Keys((ECPrivateKey) pair.getPrivate(), publicKey, auth));
    return new LocalPushSubscription(
        id, url() + id, P256.base64Url(publicKey), P256.base64Url(auth));
  }

  /** From now on the subscription answers 410 Gone. */
  public void expire(String subscriptionId) {
    expired.add(subscriptionId);
  }

  /** Every push received since start, oldest first. */
  public List<ReceivedPush> received() {
    return List.copyOf(received);
  }

  /** Waits until a received push matches, or the time is up. */
  public Optional<ReceivedPush> awaitPush(Predicate<ReceivedPush> match, Duration timeout) {
    return Waiting.until(() -> received.stream().filter(match).findFirst(), timeout);
  }

  public void purge() {
    received.clear();
  }

  @Override
  protected void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String id = exchange.getRequestURI().getPath().substring(PUSH_PATH.length());
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405);
        return;
      }
      Keys keys = subscriptions.get(id);
      if (keys == null) {
        answer(exchange, 404);
        return;
      }
      if (expired.contains(id)) {
        answer(exchange, 410);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String sender;
      byte[] payload;
      try {
        sender =
            VapidToken.verify(
                exchange.getRequestHeaders().getFirst("Authorization"),
                URI.create(url() + id),
                applicationServerKey,
                Instant.now());
      } catch (IllegalArgumentException e) {
        LOG.warning(() -> "push refused: " + e.getMessage());
        answer(exchange, 403);
        return;
      }
      if (!"aes128gcm"
          .equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
        answer(exchange, 415);
        return;
      }
      try {
        payload =
            Aes128GcmDecryption.decrypt(body, keys.privateKey(), keys.publicKey(), keys.auth());
      } catch (IllegalArgumentException e) {
        LOG.warning(() -> "push not readable: " + e.getMessage());
        answer(exchange, 400);
        return;
      }
      received.add(
          new ReceivedPush(
              id,
              new String(payload, StandardCharsets.UTF_8),
              Optional.ofNullable(exchange.getRequestHeaders().getFirst("Urgency"))
                  .orElse("normal"),
              Integer.parseInt(
                  Optional.ofNullable(exchange.getRequestHeaders().getFirst("TTL")).orElse("0")),
              sender,
              Instant.now()));
      exchange.getResponseHeaders().set("Location", "/messages/" + UUID.randomUUID());
      answer(exchange, 201);
    }
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
    try (OutputStream ignored = exchange.getResponseBody()) {
      // no body
    }
  }

  private record Keys(ECPrivateKey privateKey, byte[] publicKey, byte[] auth) {}
}

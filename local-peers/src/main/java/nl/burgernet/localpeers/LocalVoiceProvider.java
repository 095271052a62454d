package nl.burgernet.localpeers;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A text-to-speech voice provider on 127.0.0.1, for the embedded run and the tests: {@code POST
 * /calls} with {@code {"number":...,"script":...}} holds the request for the length of a call
 * ({@link #callTakes}), as a provider that answers with the call's result does, and then answers
 * {@code {"callId":"local-N","status":"ANSWERED"}}. It keeps every call and the most calls it had
 * at once ({@link #mostCallsAtOnce()}), so a test sees whether the line count was respected. It can
 * be made to answer with an error for a while ({@link #failWith}), as a provider that is down.
 */
public final class LocalVoiceProvider extends LocalHttpPeer {

  public static final String PATH = "/calls";

  private final List<ReceivedCall> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger callsNow = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();
  private final AtomicInteger callIds = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private volatile Duration callLength = Duration.ofMillis(500);
  private volatile int failureStatus;

  /**
   * @param port on 127.0.0.1, 0 for a free one
   */
  public LocalVoiceProvider(int port) {
    super(port, "Voice endpoint", PATH);
  }

  /** How long each call lasts from now on. */
  public void callTakes(Duration length) {
    this.callLength = length;
  }

  /** Answers every call request with this HTTP status (e.g. 503) until {@link #recover()}. */
  public void failWith(int status) {
    this.failureStatus = status;
  }

  public void recover() {
    this.failureStatus = 0;
  }

  /** Every call made, oldest first (refused requests are not calls). */
  public List<ReceivedCall> calls() {
    return List.copyOf(calls);
  }

  /** How many call requests were answered with the failure status. */
  public int refusedRequests() {
    return refused.get();
  }

  public int mostCallsAtOnce() {
    return mostAtOnce.get();
  }

  public Optional<ReceivedCall> awaitCall(Predicate<ReceivedCall> match, Duration timeout) {
    return Waiting.until(() -> calls.stream().filter(match).findFirst(), timeout);
  }

  public void purge() {
    calls.clear();
    mostAtOnce.set(0);
    refused.set(0);
  }

  @Override
  protected void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "");
        return;
      }
      int failure = failureStatus;
      if (failure != 0) {
        refused.incrementAndGet();
        answer(exchange, failure, "{\"error\":\"unavailable\"}");
        return;
      }
      JsonObject request;
      try (InputStream in = exchange.getRequestBody();
          JsonReader reader = Json.createReader(in)) {
        request = reader.readObject();
      } catch (RuntimeException e) {
        answer(exchange, 400, "{\"error\":\"not JSON\"}");
        return;
      }
      String number = request.getString("number", "");
      String script = request.getString("script", "");
      if (!number.matches("\\+[1-9][0-9]{6,14}") || script.isBlank()) {
        answer(exchange, 422, "{\"error\":\"number and script needed\"}");
        return;
      }
      String callId = "local-" + callIds.incrementAndGet();
      mostAtOnce.accumulateAndGet(callsNow.incrementAndGet(), Math::max);
      try {
        Thread.sleep(callLength.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        callsNow.decrementAndGet();
      }
      calls.add(
          new ReceivedCall(
              callId,
              number,
              script,
              request.getString("reference", ""),
              "ANSWERED",
              Instant.now()));
      answer(
          exchange,
          200,
          Json.createObjectBuilder()
              .add("callId", callId)
              .add("status", "ANSWERED")
              .build()
              .toString());
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}

package nl.burgernet.delivery.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import nl.burgernet.delivery.entity.CallResult;
import nl.burgernet.delivery.entity.VoiceCall;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP adapter of the {@link VoiceGateway}: one {@code POST} to the provider per call, with JSON
 * {@code {"number":"+31...","script":"...","language":"nl-NL","reference":"..."}} (the script
 * already read twice), answered when the call has ended with {@code {"callId":...,"status":...}}.
 *
 * <p>A call holds a line from the request until the answer, and this instance never has more
 * requests open than its share of {@code burgernet.voice.lines}: the caller waits for a free line.
 * 4xx answers refuse the call for good; 5xx, 429, timeouts and a provider that cannot be reached
 * fail the attempt, so the broker retries the chunk.
 */
@ApplicationScoped
public class HttpVoiceGateway implements VoiceGateway {

  static final String LANGUAGE = "nl-NL";

  @Inject
  @ConfigProperty(name = "burgernet.voice.url")
  Optional<URI> url;

  @Inject
  @ConfigProperty(name = "burgernet.voice.token")
  Optional<String> token;

  @Inject
  @ConfigProperty(name = "burgernet.voice.timeout-seconds", defaultValue = "180")
  int timeoutSeconds;

  @Inject private Throttles throttles;

  private Semaphore lines;
  private HttpClient http;

  @PostConstruct
  void create() {
    lines = new Semaphore(throttles.linesPerInstance(), true);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public CompletableFuture<CallResult> call(VoiceCall call) {
    URI provider = url.orElseThrow(() -> new IllegalStateException("no voice provider configured"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(provider)
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(call)));
    token.filter(t -> !t.isBlank()).ifPresent(t -> request.header("Authorization", "Bearer " + t));
    try {
      lines.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a voice line", e);
    }
    try {
      return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
          .handle(HttpVoiceGateway::result)
          .whenComplete((result, failure) -> lines.release());
    } catch (RuntimeException e) {
      lines.release();
      throw e;
    }
  }

  static String body(VoiceCall call) {
    return Json.createObjectBuilder()
        .add("number", call.to())
        .add("script", call.spokenText())
        .add("language", LANGUAGE)
        .add("reference", call.reference())
        .build()
        .toString();
  }

  private static CallResult result(HttpResponse<String> response, Throwable failure) {
    if (failure != null) {
      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      throw new IllegalStateException("voice provider not reached: " + cause, cause);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return parsed(response.body());
    }
    if (status / 100 == 4 && status != 408 && status != 429) {
      throw new IllegalArgumentException("voice provider refused the call: HTTP " + status);
    }
    throw new IllegalStateException("voice provider failed: HTTP " + status);
  }

  static CallResult parsed(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject answer = reader.readObject();
      return new CallResult(answer.getString("callId", null), answer.getString("status", null));
    } catch (JsonException | ClassCastException e) {
      throw new IllegalStateException("voice provider gave no call result", e);
    }
  }
}

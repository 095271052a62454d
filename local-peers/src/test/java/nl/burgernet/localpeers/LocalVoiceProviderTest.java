package nl.burgernet.localpeers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalVoiceProviderTest {

  private static final String CALL =
      "{\"number\":\"+31301234567\",\"script\":\"Let op. Let op.\",\"reference\":\"7\"}";

  private final HttpClient http = HttpClient.newHttpClient();
  private final LocalVoiceProvider voice = new LocalVoiceProvider(0);

  @BeforeEach
  void start() {
    voice.start();
  }

  @AfterEach
  void stop() {
    voice.stop();
  }

  @Test
  void a_call_is_answered_after_its_length_with_its_result_and_kept() throws Exception {
    voice.callTakes(Duration.ofMillis(50));

    HttpResponse<String> answer = call(CALL).join();

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"status\":\"ANSWERED\"").contains("\"callId\":\"local-");
    assertThat(voice.calls())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.number()).isEqualTo("+31301234567");
              assertThat(call.script()).isEqualTo("Let op. Let op.");
              assertThat(call.reference()).isEqualTo("7");
            });
  }

  @Test
  void calls_side_by_side_are_counted() {
    voice.callTakes(Duration.ofMillis(500));

    List<CompletableFuture<HttpResponse<String>>> calls =
        IntStream.range(0, 3).mapToObj(i -> call(CALL)).toList();
    calls.forEach(CompletableFuture::join);

    assertThat(voice.mostCallsAtOnce()).isEqualTo(3);
  }

  @Test
  void a_failing_provider_answers_with_its_status_and_makes_no_call() {
    voice.failWith(503);

    assertThat(call(CALL).join().statusCode()).isEqualTo(503);
    voice.recover();
    assertThat(call("{\"number\":\"0301234567\",\"script\":\"x\"}").join().statusCode())
        .isEqualTo(422);
    assertThat(voice.calls()).isEmpty();
    assertThat(voice.refusedRequests()).isEqualTo(1);
  }

  private CompletableFuture<HttpResponse<String>> call(String json) {
    return http.sendAsync(
        HttpRequest.newBuilder(URI.create(voice.url()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

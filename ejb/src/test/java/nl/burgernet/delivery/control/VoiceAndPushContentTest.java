package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import nl.burgernet.delivery.entity.CallResult;
import nl.burgernet.delivery.entity.PushMessage;
import nl.burgernet.delivery.entity.VoiceCall;
import org.junit.jupiter.api.Test;

class VoiceAndPushContentTest {

  private static final String SCRIPT = "Burgernet zoekt een meisje van zes met een rode jas.";

  @Test
  void the_provider_gets_the_number_and_the_script_read_twice() {
    JsonObject body =
        read(HttpVoiceGateway.body(new VoiceCall("+31301234567", " " + SCRIPT + " ", "42")));

    assertThat(body.getString("number")).isEqualTo("+31301234567");
    assertThat(body.getString("script"))
        .isEqualTo(SCRIPT + " " + VoiceCall.REPEAT_ANNOUNCEMENT + " " + SCRIPT);
    assertThat(body.getString("reference")).isEqualTo("42");
    assertThat(body.getString("language")).isEqualTo("nl-NL");
  }

  @Test
  void a_call_needs_an_e164_number_and_a_script() {
    assertThatThrownBy(() -> new VoiceCall("0301234567", SCRIPT, "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VoiceCall("+31301234567", " ", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_call_result_says_whether_the_call_was_answered() {
    assertThat(HttpVoiceGateway.parsed("{\"callId\":\"c-1\",\"status\":\"answered\"}"))
        .isEqualTo(new CallResult("c-1", CallResult.ANSWERED))
        .matches(CallResult::answered);
    assertThat(HttpVoiceGateway.parsed("{\"callId\":\"c-2\",\"status\":\"NO_ANSWER\"}").answered())
        .isFalse();
    assertThatThrownBy(() -> HttpVoiceGateway.parsed("geen json"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void an_app_notification_is_small_json_with_the_request() {
    PushMessage message = new PushMessage("Vermist kind", "Rode jas, 6 jaar", 7, true);

    JsonObject payload = read(new String(message.payload(), StandardCharsets.UTF_8));

    assertThat(payload.getString("title")).isEqualTo("Vermist kind");
    assertThat(payload.getString("body")).isEqualTo("Rode jas, 6 jaar");
    assertThat(payload.getJsonNumber("request").longValue()).isEqualTo(7);
    assertThat(payload.getBoolean("urgent")).isTrue();
    assertThat(read(new String(new PushMessage("Titel", null, 8, false).payload())))
        .doesNotContainKey("body");
  }

  @Test
  void an_app_notification_that_does_not_fit_one_push_message_is_refused() {
    assertThatThrownBy(() -> new PushMessage("Titel", "é".repeat(2000), 7, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PushMessage(" ", null, 7, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}

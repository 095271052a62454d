package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.burgernet.delivery.entity.SmsMessage;
import org.junit.jupiter.api.Test;

class SmsMessageJsonTest {

  @Test
  void an_sms_survives_the_trip_over_the_queue() {
    SmsMessage sms = new SmsMessage("+31612345678", "Kijk uit naar \"Jan\" € 50 😀\nBel 0900");

    assertThat(SmsMessageJson.read(SmsMessageJson.write(sms))).isEqualTo(sms);
  }

  @Test
  void text_that_is_no_sms_is_refused() {
    assertThatThrownBy(() -> SmsMessageJson.read("dit is geen sms"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SmsMessageJson.read("{\"to\":\"+31612345678\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SmsMessageJson.read("{\"to\":\"0612345678\",\"text\":\"t\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

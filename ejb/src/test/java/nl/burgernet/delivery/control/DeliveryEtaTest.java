package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.burgernet.participant.entity.Channel;
import org.junit.jupiter.api.Test;

class DeliveryEtaTest {

  @Test
  void the_eta_is_the_count_divided_by_the_rate() {
    assertThat(Eta.of(100_000, 1_000)).isEqualTo(Duration.ofSeconds(100));
    assertThat(Eta.of(30, 5)).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void a_part_of_a_millisecond_counts_as_a_whole_one() {
    assertThat(Eta.of(1, 3)).isEqualTo(Duration.ofMillis(334));
  }

  @Test
  void nobody_takes_no_time() {
    assertThat(Eta.of(0, 100)).isZero();
  }

  @Test
  void voice_takes_as_long_as_its_lines_need_for_the_calls() {
    Throttles throttles = new Throttles();
    throttles.smsRate = 100;
    throttles.mailRate = 200;
    throttles.appRate = 200;
    throttles.voiceLines = 10;
    throttles.voiceCallSeconds = 30;
    throttles.instances = 2;
    throttles.create();

    assertThat(throttles.eta(Channel.VOICE, 100))
        .as("100 calls of 30 s on 10 lines")
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(throttles.eta(Channel.APP, 400)).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttles.linesPerInstance()).as("each of 2 instances has half").isEqualTo(5);
  }

  @Test
  void a_rate_must_be_positive() {
    assertThatThrownBy(() -> Eta.of(10, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Eta.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}

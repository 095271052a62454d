package nl.burgernet.report.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

  @Test
  void parts_add_up_exactly_to_the_total() {
    long[] parts = LargestRemainder.apportion(100, List.of(1L, 1L, 1L));

    assertThat(Arrays.stream(parts).sum()).isEqualTo(100);
    assertThat(parts).containsExactly(34, 33, 33);
  }

  @Test
  void what_is_left_goes_to_the_largest_remainders() {
    // exact shares 1.4, 2.6 and 6.0 of 10
    assertThat(LargestRemainder.apportion(10, List.of(14L, 26L, 60L))).containsExactly(1, 3, 6);
  }

  @Test
  void equal_remainders_go_to_the_larger_weight_first() {
    // exact shares 2.5 and 7.5 of 10 over weights 1 and 3: both remainders are 0.5
    assertThat(LargestRemainder.apportion(10, List.of(1L, 3L))).containsExactly(2, 8);
  }

  @Test
  void a_zero_weight_gets_nothing() {
    assertThat(LargestRemainder.apportion(7, List.of(0L, 5L))).containsExactly(0, 7);
  }

  @Test
  void nothing_to_share_by_is_refused() {
    assertThatThrownBy(() -> LargestRemainder.apportion(10, List.of(0L, 0L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LargestRemainder.apportion(-1, List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

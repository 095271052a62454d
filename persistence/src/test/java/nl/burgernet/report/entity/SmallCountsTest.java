package nl.burgernet.report.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

  @Test
  void areas_of_five_and_more_are_named_with_their_count() {
    SmallCounts.Split<String> split = SmallCounts.split(counts("3511", 5, "3512", 120));

    assertThat(split.named()).containsExactly(Map.entry("3511", 5L), Map.entry("3512", 120L));
    assertThat(split.rest()).isZero();
  }

  @Test
  void areas_below_five_are_counted_together_without_their_names() {
    SmallCounts.Split<String> split =
        SmallCounts.split(counts("3511", 1, "3512", 40, "3513", 4, "3514", 0));

    assertThat(split.named()).containsOnlyKeys("3512");
    assertThat(split.rest()).isEqualTo(5);
  }

  @Test
  void one_small_area_is_not_named_either() {
    SmallCounts.Split<String> split = SmallCounts.split(counts("3511", 1));

    assertThat(split.named()).isEmpty();
    assertThat(split.rest()).isEqualTo(1);
  }

  private static Map<String, Long> counts(Object... areaThenCount) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < areaThenCount.length; i += 2) {
      counts.put((String) areaThenCount[i], ((Integer) areaThenCount[i + 1]).longValue());
    }
    return counts;
  }
}

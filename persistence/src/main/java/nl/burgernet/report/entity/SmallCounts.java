package nl.burgernet.report.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps small numbers of participants per postcode area out of sight, so that a breakdown never
 * points to a person ("the one participant in 3512 who left because of ..."): an area is named with
 * its count only from {@link #MINIMUM} participants on; the areas below it are counted together,
 * unnamed. The rest is no secret (it is the figure minus the named areas), but it does not say in
 * which area, nor in how many, those participants are.
 */
public final class SmallCounts {

  /** The smallest count shown for a named area (the usual threshold of Dutch statistics). */
  public static final long MINIMUM = 5;

  private SmallCounts() {}

  /**
   * The counts of a group (e.g. the postcode areas of a municipality) as they may be shown.
   *
   * @param counts per key, in the order to show them; zeros are left out
   */
  public static <K> Split<K> split(Map<K, Long> counts) {
    Map<K, Long> named = new LinkedHashMap<>();
    long rest = 0;
    for (Map.Entry<K, Long> count : counts.entrySet()) {
      if (count.getValue() >= MINIMUM) {
        named.put(count.getKey(), count.getValue());
      } else if (count.getValue() > 0) {
        rest += count.getValue();
      }
    }
    return new Split<>(named, rest);
  }

  /**
   * @param named the keys with their counts, each at least {@link #MINIMUM}
   * @param rest the sum of the other, smaller counts
   */
  public record Split<K>(Map<K, Long> named, long rest) {}
}

package nl.burgernet.report.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Shares a whole number (euros of a budget, hundredths of a percent) over weights (inhabitants) so
 * that the parts add up exactly: each gets the whole part of its exact share, and what is left goes
 * one by one to the largest remainders (Hamilton's method). Equal remainders go to the larger
 * weight first, then to the earlier one, so the result never depends on chance.
 */
public final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * @param total what is shared, at least 0
   * @param weights one per part, each at least 0, together more than 0
   * @return the parts, in the order of the weights, adding up to {@code total}
   */
  public static long[] apportion(long total, List<Long> weights) {
    if (total < 0 || weights.isEmpty() || weights.stream().anyMatch(w -> w < 0)) {
      throw new IllegalArgumentException("a total and weights of at least 0 are needed");
    }
    long sum = weights.stream().mapToLong(Long::longValue).sum();
    if (sum == 0) {
      throw new IllegalArgumentException("the weights add up to 0: nothing to share by");
    }
    long[] parts = new long[weights.size()];
    long[] remainders = new long[weights.size()];
    long given = 0;
    for (int i = 0; i < parts.length; i++) {
      // exact in long for budgets up to 10^12 euro-cents over the Dutch population
      long product = Math.multiplyExact(total, weights.get(i));
      parts[i] = product / sum;
      remainders[i] = product % sum;
      given += parts[i];
    }
    Integer[] order = IntStream.range(0, parts.length).boxed().toArray(Integer[]::new);
    Arrays.sort(
        order,
        Comparator.<Integer>comparingLong(i -> remainders[i])
            .thenComparingLong(weights::get)
            .reversed()
            .thenComparingInt(i -> i));
    for (int k = 0; k < total - given; k++) {
      parts[order[k]]++;
    }
    return parts;
  }
}

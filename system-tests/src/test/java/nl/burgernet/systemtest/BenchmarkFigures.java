package nl.burgernet.systemtest;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** How the benchmarks read, round and summarise their figures. */
final class BenchmarkFigures {

  private BenchmarkFigures() {}

  /** The value at the percentile of ascending values (nearest rank). */
  static double percentile(List<Double> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  /** A recorded figure as a number; NaN when it is missing, so no target counts as met. */
  static double number(Properties figures, String key) {
    try {
      return Double.parseDouble(figures.getProperty(key, "NaN"));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Two decimals with a point, as the report prints every figure. */
  static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}

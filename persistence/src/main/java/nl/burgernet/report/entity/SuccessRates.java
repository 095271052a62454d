package nl.burgernet.report.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The success of closed actions as the steering group reads it (seed 000): hard success (found
 * thanks to a participant), soft success (a good end otherwise) and societal success (both), each
 * as a percentage of the closed actions. Open actions do not count yet.
 */
public record SuccessRates(long closed, long hard, long soft) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public BigDecimal hardPercent() {
    return percent(hard);
  }

  public BigDecimal softPercent() {
    return percent(soft);
  }

  public BigDecimal societalPercent() {
    return percent(hard + soft);
  }

  /** Whether the hard success reaches the region's target; nothing closed meets nothing. */
  public boolean meets(BigDecimal targetPercent) {
    return closed > 0 && hardPercent().compareTo(targetPercent) >= 0;
  }

  private BigDecimal percent(long part) {
    if (closed == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
  }
}

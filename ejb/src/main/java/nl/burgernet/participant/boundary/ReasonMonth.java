package nl.burgernet.participant.boundary;

import java.time.YearMonth;
import java.util.Map;
import nl.burgernet.participant.entity.UnsubscribeReason;

/**
 * The unsubscriptions of one month (Dutch time) by the reason given; {@code withoutReason} counts
 * those who gave none. Participants erased later still count.
 */
public record ReasonMonth(
    YearMonth month, Map<UnsubscribeReason, Long> reasons, long withoutReason) {

  public long of(UnsubscribeReason reason) {
    return reasons.getOrDefault(reason, 0L);
  }

  public long total() {
    return withoutReason + reasons.values().stream().mapToLong(Long::longValue).sum();
  }
}

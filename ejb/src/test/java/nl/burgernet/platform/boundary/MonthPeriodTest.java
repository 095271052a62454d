package nl.burgernet.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthPeriodTest {

  @Test
  void a_period_runs_from_midnight_of_its_first_dutch_day_to_midnight_after_its_last() {
    MonthPeriod autumn = new MonthPeriod(YearMonth.of(2026, 10), YearMonth.of(2026, 11));

    assertThat(autumn.start()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
    assertThat(autumn.end()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    assertThat(autumn.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    assertThat(MonthPeriod.monthOf(Instant.parse("2026-10-31T23:30:00Z")))
        .isEqualTo(YearMonth.of(2026, 11));
  }

  @Test
  void a_period_is_at_most_three_years_and_never_backwards() {
    YearMonth start = YearMonth.of(2024, 1);

    assertThat(new MonthPeriod(start, start.plusMonths(35)).months()).hasSize(36);
    assertThatThrownBy(() -> new MonthPeriod(start, start.plusMonths(36)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new MonthPeriod(start, start.minusMonths(1)))
        .isInstanceOf(InvalidInputException.class);
  }
}

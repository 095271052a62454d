package nl.burgernet.report.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void a_month_lies_in_its_quarter_of_three_months() {
    Quarter third = Quarter.of(YearMonth.of(2026, 8));

    assertThat(third).hasToString("2026-Q3");
    assertThat(third.firstMonth()).isEqualTo(YearMonth.of(2026, 7));
    assertThat(third.lastMonth()).isEqualTo(YearMonth.of(2026, 9));
    assertThat(third.endsBefore()).isEqualTo(LocalDate.of(2026, 10, 1));
  }

  @Test
  void the_last_ended_quarter_is_the_one_before_today_s_even_on_its_first_day() {
    assertThat(Quarter.lastEndedBefore(LocalDate.of(2026, 11, 22))).hasToString("2026-Q3");
    assertThat(Quarter.lastEndedBefore(LocalDate.of(2026, 10, 1))).hasToString("2026-Q3");
    assertThat(Quarter.lastEndedBefore(LocalDate.of(2027, 2, 1))).hasToString("2026-Q4");
  }

  @Test
  void there_are_four_quarters() {
    assertThatThrownBy(() -> new Quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}

package nl.burgernet.web.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class DayOrMonthTest {

  @Test
  void a_month_runs_from_its_first_to_its_last_day() {
    assertThat(DayOrMonth.from("2026-02")).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(DayOrMonth.to("2026-02")).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void a_day_is_itself_and_nothing_is_no_bound() {
    assertThat(DayOrMonth.from(" 2026-11-05 ")).isEqualTo(LocalDate.of(2026, 11, 5));
    assertThat(DayOrMonth.to("2026-11-05")).isEqualTo(LocalDate.of(2026, 11, 5));
    assertThat(DayOrMonth.from("")).isNull();
    assertThat(DayOrMonth.to(null)).isNull();
  }

  @Test
  void anything_else_is_refused() {
    assertThatThrownBy(() -> DayOrMonth.from("5 november"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> DayOrMonth.to("2026-13")).isInstanceOf(InvalidInputException.class);
  }
}

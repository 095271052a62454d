package nl.burgernet.helpdesk.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  @Test
  void a_turnaround_skips_the_weekend() {
    Instant fridayAfternoon = Instant.parse("2026-11-20T15:00:00Z");

    assertThat(WorkingDays.after(fridayAfternoon, 1)).isEqualTo("2026-11-23T15:00:00Z");
    assertThat(WorkingDays.after(fridayAfternoon, 5)).isEqualTo("2026-11-27T15:00:00Z");
  }

  @Test
  void a_ticket_taken_on_sunday_counts_from_monday() {
    assertThat(WorkingDays.after(Instant.parse("2026-11-22T10:00:00Z"), 5))
        .isEqualTo("2026-11-27T10:00:00Z");
  }

  @Test
  void the_time_of_day_stays_in_dutch_time_across_the_change_to_winter_time() {
    Instant thursdayNoonSummerTime = Instant.parse("2026-10-22T10:00:00Z");

    assertThat(WorkingDays.after(thursdayNoonSummerTime, 3))
        .as("12:00 in Amsterdam, now UTC+1")
        .isEqualTo("2026-10-27T11:00:00Z");
  }
}

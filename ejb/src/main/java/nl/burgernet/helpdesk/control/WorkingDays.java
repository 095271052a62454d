package nl.burgernet.helpdesk.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turnaround times count working days (Monday to Friday) in Dutch time, as municipalities promise
 * them: a ticket taken on Friday afternoon with five days is due the next Friday afternoon.
 */
public final class WorkingDays {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private WorkingDays() {}

  /** The moment that many working days later, at the same time of day. */
  public static Instant after(Instant start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("a turnaround is not negative");
    }
    ZonedDateTime due = start.atZone(AMSTERDAM);
    int left = days;
    while (left > 0) {
      due = due.plusDays(1);
      if (isWorkingDay(due.getDayOfWeek())) {
        left--;
      }
    }
    return due.toInstant();
  }

  private static boolean isWorkingDay(DayOfWeek day) {
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }
}

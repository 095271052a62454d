package nl.burgernet.report.entity;

import java.time.LocalDate;
import java.time.YearMonth;

/** A calendar quarter, e.g. 2026-Q3 (July to September), the period of the MARAP reports. */
public record Quarter(int year, int number) {

  public Quarter {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("a quarter is 1 to 4, not " + number);
    }
  }

  public static Quarter of(YearMonth month) {
    return new Quarter(month.getYear(), (month.getMonthValue() + 2) / 3);
  }

  /** The last quarter that has ended on the day. */
  public static Quarter lastEndedBefore(LocalDate day) {
    return of(YearMonth.from(day)).previous();
  }

  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  public YearMonth firstMonth() {
    return YearMonth.of(year, number * 3 - 2);
  }

  public YearMonth lastMonth() {
    return YearMonth.of(year, number * 3);
  }

  /** The day after the quarter: from then on its report can be made. */
  public LocalDate endsBefore() {
    return lastMonth().plusMonths(1).atDay(1);
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}

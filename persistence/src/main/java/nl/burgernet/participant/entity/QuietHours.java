package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily period (Dutch time) in which a participant wants no non-urgent messages, e.g. 23:00 to
 * 07:00; it may run past midnight.
 */
@Embeddable
public class QuietHours {

  @Column(name = "quiet_from")
  private LocalTime from;

  @Column(name = "quiet_until")
  private LocalTime until;

  protected QuietHours() {}

  public QuietHours(LocalTime from, LocalTime until) {
    this.from = Objects.requireNonNull(from, "from");
    this.until = Objects.requireNonNull(until, "until");
    if (from.equals(until)) {
      throw new IllegalArgumentException("quiet hours need a begin and a different end");
    }
  }

  public boolean includes(LocalTime time) {
    if (from.isBefore(until)) {
      return !time.isBefore(from) && time.isBefore(until);
    }
    return !time.isBefore(from) || time.isBefore(until);
  }

  public LocalTime getFrom() {
    return from;
  }

  public LocalTime getUntil() {
    return until;
  }
}

package nl.burgernet.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Consecutive failed logins for one user name, kept in the database so that every application
 * instance of a cluster sees the same count. Unknown user names are throttled the same way, so the
 * lock-out reveals nothing about which accounts exist.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  @Id
  @Column(length = 60)
  private String username;

  @Column(name = "consecutive_failures", nullable = false)
  private int consecutiveFailures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginThrottle() {}

  public LoginThrottle(String username) {
    this.username = username;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a failure; the account locks for {@code lockDuration} at each {@code maxFailures}. */
  public void registerFailure(Instant now, int maxFailures, Duration lockDuration) {
    consecutiveFailures++;
    if (consecutiveFailures % maxFailures == 0) {
      lockedUntil = now.plus(lockDuration);
    }
  }

  public void registerSuccess() {
    consecutiveFailures = 0;
    lockedUntil = null;
  }

  public String getUsername() {
    return username;
  }

  public int getConsecutiveFailures() {
    return consecutiveFailures;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}

package nl.burgernet.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Duration LOCK = Duration.ofMinutes(15);

  @Test
  void four_failures_do_not_lock() {
    LoginThrottle throttle = failedTimes(4);

    assertThat(throttle.isLocked(NOW)).isFalse();
  }

  @Test
  void the_fifth_failure_locks_for_the_lock_duration() {
    LoginThrottle throttle = failedTimes(5);

    assertThat(throttle.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(throttle.isLocked(NOW.plus(LOCK))).isFalse();
  }

  @Test
  void failing_on_after_the_lock_ends_locks_again_at_the_tenth_failure() {
    LoginThrottle throttle = failedTimes(9);
    Instant later = NOW.plus(Duration.ofHours(1));
    assertThat(throttle.isLocked(later)).isFalse();

    throttle.registerFailure(later, 5, LOCK);

    assertThat(throttle.isLocked(later)).isTrue();
  }

  @Test
  void a_successful_login_clears_the_count() {
    LoginThrottle throttle = failedTimes(4);

    throttle.registerSuccess();
    throttle.registerFailure(NOW, 5, LOCK);

    assertThat(throttle.getConsecutiveFailures()).isEqualTo(1);
    assertThat(throttle.isLocked(NOW)).isFalse();
  }

  private static LoginThrottle failedTimes(int failures) {
    LoginThrottle throttle = new LoginThrottle("iemand");
    for (int i = 0; i < failures; i++) {
      throttle.registerFailure(NOW, 5, LOCK);
    }
    return throttle;
  }
}

package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.burgernet.delivery.entity.SendPriority;
import org.junit.jupiter.api.Test;

class DeliveryThrottleTest {

  @Test
  void sends_are_paced_to_the_rate() {
    ChannelThrottle throttle = new ChannelThrottle(100);
    long started = System.nanoTime();

    for (int i = 0; i < 21; i++) {
      throttle.acquire(SendPriority.NORMAL);
    }

    // 21 slots at 100/s: the first at once, the last 200 ms later
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(195));
  }

  @Test
  void normal_sends_wait_while_time_critical_work_runs() throws InterruptedException {
    ChannelThrottle throttle = new ChannelThrottle(1_000);
    throttle.urgentChunkStarted();
    AtomicBoolean normalSent = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    Thread normal =
        new Thread(
            () -> {
              throttle.acquire(SendPriority.NORMAL);
              normalSent.set(true);
              done.countDown();
            });
    normal.start();

    throttle.acquire(SendPriority.TIME_CRITICAL);
    assertThat(done.await(200, TimeUnit.MILLISECONDS)).as("normal send held back").isFalse();
    assertThat(normalSent).isFalse();

    throttle.urgentChunkEnded();
    assertThat(done.await(2, TimeUnit.SECONDS)).as("normal send goes after the alert").isTrue();
    normal.join();
  }
}

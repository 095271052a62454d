package nl.burgernet.delivery.control;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import nl.burgernet.delivery.entity.SendPriority;

/**
 * Paces the sends of one channel on this instance to its rate (one slot every 1/rate s), and lets
 * time-critical work go first: while a time-critical chunk is being sent here, normal sends of the
 * channel wait, so a newsletter never takes a slot an alert needs.
 */
public final class ChannelThrottle {

  private final long intervalNanos;
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Condition changed = lock.newCondition();
  private long nextSlotNanos = System.nanoTime();
  private int urgentChunks;

  public ChannelThrottle(double ratePerSecond) {
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("a send rate must be positive");
    }
    this.intervalNanos = Math.max(1L, (long) (TimeUnit.SECONDS.toNanos(1) / ratePerSecond));
  }

  /** A time-critical chunk starts on this instance: normal sends pause until it ends. */
  public void urgentChunkStarted() {
    lock.lock();
    try {
      urgentChunks++;
    } finally {
      lock.unlock();
    }
  }

  public void urgentChunkEnded() {
    lock.lock();
    try {
      urgentChunks--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits for the next slot; normal work also waits while time-critical work runs. */
  public void acquire(SendPriority priority) {
    lock.lock();
    try {
      while (true) {
        if (priority == SendPriority.NORMAL && urgentChunks > 0) {
          changed.await();
          continue;
        }
        long now = System.nanoTime();
        long wait = nextSlotNanos - now;
        if (wait <= 0) {
          nextSlotNanos = Math.max(nextSlotNanos, now) + intervalNanos;
          return;
        }
        changed.awaitNanos(wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a send slot", e);
    } finally {
      lock.unlock();
    }
  }
}

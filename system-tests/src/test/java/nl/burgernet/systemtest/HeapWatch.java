package nl.burgernet.systemtest;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of this JVM during a benchmark. Two peaks: the heap used at any moment (garbage
 * the collector has not come to yet included, so it mostly shows how lazily the collector works
 * with a large maximum) and the heap still used right after each collection, which is what the work
 * really holds on to: the benchmark's "heap growth".
 */
final class HeapWatch implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<GarbageCollectorMXBean> collectors =
      ManagementFactory.getGarbageCollectorMXBeans();
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterCollection = new AtomicLong();
  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final NotificationListener afterCollection = this::collected;
  private final Thread sampler;
  private final long baseline;

  private HeapWatch() {
    baseline = liveHeap();
    peakUsed.set(baseline);
    peakAfterCollection.set(baseline);
    collectors.forEach(
        collector ->
            ((NotificationEmitter) collector).addNotificationListener(afterCollection, null, null));
    sampler = new Thread(this::sample, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts watching from the live heap now (after a full collection). */
  static HeapWatch start() {
    return new HeapWatch();
  }

  /** The live heap after a full collection, in bytes. */
  long liveHeap() {
    memory.gc();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  long baseline() {
    return baseline;
  }

  long peakUsed() {
    return peakUsed.get();
  }

  long peakAfterCollection() {
    return peakAfterCollection.get();
  }

  long max() {
    return memory.getHeapMemoryUsage().getMax();
  }

  private void sample() {
    while (!Thread.currentThread().isInterrupted()) {
      peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used =
        info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
            .filter(pool -> heapPools.contains(pool.getKey()))
            .mapToLong(pool -> pool.getValue().getUsed())
            .sum();
    peakAfterCollection.accumulateAndGet(used, Math::max);
  }

  /**
   * Stops watching and records the figures under the prefix ({@code <prefix>.baseline.mb} and so
   * on), with the live heap after the work.
   */
  void closeAndRecordInto(Properties figures, String prefix) throws InterruptedException {
    close();
    figures.setProperty(prefix + ".max.mb", String.valueOf(max() >> 20));
    figures.setProperty(prefix + ".baseline.mb", String.valueOf(baseline() >> 20));
    figures.setProperty(prefix + ".peak.mb", String.valueOf(peakUsed() >> 20));
    figures.setProperty(prefix + ".peak.live.mb", String.valueOf(peakAfterCollection() >> 20));
    figures.setProperty(prefix + ".after.mb", String.valueOf(liveHeap() >> 20));
  }

  /** The report's row of the figures {@link #closeAndRecordInto} recorded under the prefix. */
  static void growthRow(BenchmarkReport report, Properties figures, String prefix, String work) {
    long baseline = (long) BenchmarkFigures.number(figures, prefix + ".baseline.mb");
    long growth = (long) BenchmarkFigures.number(figures, prefix + ".peak.live.mb") - baseline;
    report.row(
        "heap growth over "
            + work
            + ": the most the heap held right after a collection, over the live heap before ("
            + baseline
            + " MB); "
            + figures.getProperty(prefix + ".after.mb", "?")
            + " MB live after; at most "
            + figures.getProperty(prefix + ".peak.mb", "?")
            + " MB of "
            + figures.getProperty(prefix + ".max.mb", "?")
            + " MB used including garbage not yet collected",
        "< 256 MB",
        growth + " MB",
        figures.containsKey(prefix + ".peak.live.mb") && growth < 256);
  }

  @Override
  public void close() throws InterruptedException {
    sampler.interrupt();
    sampler.join();
    for (GarbageCollectorMXBean collector : collectors) {
      try {
        ((NotificationEmitter) collector).removeNotificationListener(afterCollection);
      } catch (ListenerNotFoundException e) {
        // never added: nothing to remove
      }
    }
  }
}

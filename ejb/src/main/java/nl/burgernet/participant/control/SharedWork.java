package nl.burgernet.participant.control;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on the calling thread and on helper threads at once,
 * results in the order of the items: slices are handed out one by one to whoever is free. The
 * calling thread works too and takes every slice no helper took, so the work is done even when the
 * executor has no thread to spare (it never waits for a helper that did not start).
 */
final class SharedWork {

  /** Items per slice: small enough to share the work evenly, large enough to cost nothing. */
  private static final int SLICE = 50;

  private SharedWork() {}

  static <T, R> List<R> map(List<T> items, Function<T, R> function, Executor helpers, int threads) {
    int slices = (items.size() + SLICE - 1) / SLICE;
    Object[] results = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(slices);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable work =
        () -> {
          for (int slice = next.getAndIncrement(); slice < slices; slice = next.getAndIncrement()) {
            try {
              int end = Math.min((slice + 1) * SLICE, items.size());
              for (int i = slice * SLICE; i < end; i++) {
                results[i] = function.apply(items.get(i));
              }
            } catch (RuntimeException e) {
              failure.compareAndSet(null, e);
            } finally {
              done.countDown();
            }
          }
        };
    for (int helper = 1; helper < Math.min(threads, slices); helper++) {
      try {
        helpers.execute(work);
      } catch (RejectedExecutionException e) {
        break; // the calling thread does the rest
      }
    }
    work.run();
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while helpers worked", e);
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Arrays.asList(results);
    return list;
  }
}

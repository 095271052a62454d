package nl.burgernet.localpeers;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls for something a peer received, for the tests' awaits. */
final class Waiting {

  private Waiting() {}

  static <T> Optional<T> until(Supplier<Optional<T>> found, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    do {
      Optional<T> value = found.get();
      if (value.isPresent()) {
        return value;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    } while (Instant.now().isBefore(deadline));
    return Optional.empty();
  }
}

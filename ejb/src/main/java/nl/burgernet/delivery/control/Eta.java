package nl.burgernet.delivery.control;

import java.time.Duration;

/** How long sending takes at a rate: the recipient count divided by the rate, rounded up. */
public final class Eta {

  private Eta() {}

  public static Duration of(long recipients, double ratePerSecond) {
    if (recipients < 0 || !(ratePerSecond > 0)) {
      throw new IllegalArgumentException("an ETA needs a count and a positive rate");
    }
    return Duration.ofMillis((long) Math.ceil(recipients * 1000.0 / ratePerSecond));
  }
}

package nl.burgernet.action.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** CAP's date-time form: whole seconds with the offset written out, in Dutch local time. */
public final class CapTime {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  // the schema's pattern allows neither fractions nor "Z"
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private CapTime() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant.atZone(AMSTERDAM));
  }
}

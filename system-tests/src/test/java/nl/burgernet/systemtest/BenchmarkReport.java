package nl.burgernet.systemtest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One benchmark's section of docs/benchmarks.md: the machine, the date and each figure against its
 * target. Each benchmark writes only its own section (between markers named by its id), so the
 * benchmarks of different issues can run apart; the hand-written notes below a section's {@link
 * #NOTES} marker (why a target was missed) are kept from the previous file.
 */
final class BenchmarkReport {

  static final String NOTES = "<!-- notes: kept when bin/benchmark writes this file again -->";

  private static final String HEADER =
      "# Benchmarks\n\nWritten by `bin/benchmark`: the application in Payara Micro against the"
          + " local MariaDB, Artemis and peers from `local-peers`, all on this one machine. Each"
          + " section is written by the benchmark it names and kept when another one runs.\n";

  private final String id;
  private final String title;
  private final String method;
  private final StringBuilder rows = new StringBuilder();

  /**
   * @param id the section's marker name, e.g. {@code delivery}
   * @param title the section's heading
   * @param method how the figures were measured, in a sentence or two
   */
  BenchmarkReport(String id, String title, String method) {
    this.id = id;
    this.title = title;
    this.method = method;
  }

  BenchmarkReport row(String what, String target, String measured, boolean met) {
    rows.append("| ")
        .append(what)
        .append(" | ")
        .append(target)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(met ? "met" : "**missed**")
        .append(" |\n");
    return this;
  }

  /**
   * Prints this section (the benchmark command's output) and replaces it in the file (or adds it),
   * keeping the other sections and its notes.
   */
  void printAndWriteInto(Path file, Instant when) throws IOException {
    String previous = Files.exists(file) ? Files.readString(file) : HEADER;
    String begin = "<!-- section: " + id + " -->";
    String end = "<!-- end of section: " + id + " -->";
    int from = previous.indexOf(begin);
    int to = previous.indexOf(end);
    String section;
    String whole;
    if (from >= 0 && to > from) {
      section = markdown(when, notesIn(previous.substring(from, to)));
      whole =
          previous.substring(0, from)
              + begin
              + "\n"
              + section
              + end
              + previous.substring(to + end.length());
    } else {
      section = markdown(when, "");
      whole = previous.stripTrailing() + "\n\n" + begin + "\n" + section + end + "\n";
    }
    Files.writeString(file, whole);
    System.out.println(section);
  }

  private static String notesIn(String section) {
    int at = section.indexOf(NOTES);
    return at < 0 ? "" : section.substring(at + NOTES.length()).strip();
  }

  private String markdown(Instant when, String notes) {
    return "## "
        + title
        + "\n\n"
        + method
        + "\n\n- date: "
        + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC)
            .format(when)
        + "\n- machine: "
        + machine()
        + "\n- load average (1, 5, 15 minutes) when the run ended: "
        + loadAverage()
        + " (a load above the 2 cores means other work shared the machine during the run)"
        + "\n\n| what | target | measured | |\n|---|---|---|---|\n"
        + rows
        + "\n"
        + NOTES
        + "\n\n"
        + notes
        + (notes.isEmpty() ? "" : "\n")
        + "\n";
  }

  private static String machine() {
    int cores = Runtime.getRuntime().availableProcessors();
    String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    String memory =
        firstValue(Path.of("/proc/meminfo"), "MemTotal")
            .map(kb -> (Long.parseLong(kb.replaceAll("[^0-9]", "")) >> 20) + " GB RAM")
            .orElse("");
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %s, %s %s, Java %s",
        cores,
        cpu,
        memory,
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        ManagementFactory.getRuntimeMXBean().getSpecVersion());
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      return "unknown";
    }
  }

  private static Optional<String> firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream()
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}

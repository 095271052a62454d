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
import java.util.Properties;

/**
 * docs/benchmarks.md from the figures of one run: the machine, the date, each figure against its
 * target from issue 4. The hand-written notes below {@link #NOTES} (why a target was missed) are
 * kept from the previous file.
 */
final class BenchmarkReport {

  static final String NOTES = "<!-- notes: kept when bin/benchmark writes this file again -->";

  private BenchmarkReport() {}

  static String notesIn(String previous) {
    int at = previous.indexOf(NOTES);
    return at < 0 ? "" : previous.substring(at + NOTES.length()).strip();
  }

  static String of(Properties figures, Instant when, String notes) {
    StringBuilder md = new StringBuilder();
    md.append("# Delivery benchmarks\n\n")
        .append("Written by `bin/benchmark` (")
        .append("`system-tests/src/test/java/nl/burgernet/systemtest/DeliveryBenchmark.java`): the")
        .append(" application in Payara Micro (`-Xmx768m`) against the local MariaDB, Artemis and")
        .append(" SMS centre from `local-peers`, mail to Postfix's `smtp-sink`, all on this one")
        .append(" machine. Times are the database's own (`requested_at`, `sent_at`,")
        .append(" `state_changed_at`), heap from the application JVM's memory MXBean.\n\n")
        .append("- date: ")
        .append(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneOffset.UTC)
                .format(when))
        .append("\n- machine: ")
        .append(machine())
        .append("\n- load average (1, 5, 15 minutes) when the run ended: ")
        .append(loadAverage())
        .append(" (a load above the 2 cores means other work shared the machine during the run)")
        .append("\n\n| what | target | measured | |\n|---|---|---|---|\n");
    row(
        md,
        "100,000 durable deliveries created and enqueued (one submit: fan-out, ids, 200 chunks,"
            + " commit)",
        "< 3 s",
        seconds(figures, "submit.seconds"),
        number(figures, "submit.seconds") < 3);
    row(
        md,
        "from send to the first SMS at the local SMSC, p95 of "
            + figures.getProperty("latency.rounds", "?")
            + " time-critical sends to 100 (p50 "
            + figures.getProperty("latency.p50.ms", "?")
            + " ms, max "
            + figures.getProperty("latency.max.ms", "?")
            + " ms)",
        "< 2 s",
        figures.getProperty("latency.p95.ms", "?") + " ms",
        number(figures, "latency.p95.ms") < 2000);
    row(
        md,
        "SMPP submit_sm/s sustained over "
            + figures.getProperty("smpp.sent", "?")
            + " SMS ("
            + figures.getProperty("smpp.seconds", "?")
            + " s); DLRs matched: "
            + figures.getProperty("smpp.delivered", "?")
            + " DELIVERED, last receipt "
            + figures.getProperty("smpp.receipts.seconds", "?")
            + " s after submit",
        "≥ 1,000/s, all DLRs",
        figures.getProperty("smpp.per.second", "?") + "/s",
        number(figures, "smpp.per.second") >= 1000
            && figures.getProperty("smpp.delivered", "").equals(figures.getProperty("smpp.sent")));
    row(
        md,
        "e-mail messages/s to smtp-sink, "
            + figures.getProperty("mail.recipients", "?")
            + " personalised multipart mails; state recorded: "
            + figures.getProperty("mail.sent", "?")
            + " SENT, "
            + figures.getProperty("mail.open", "?")
            + " not yet sent when the measurement ended ("
            + figures.getProperty("mail.seconds", "?")
            + " s sending, "
            + figures.getProperty("mail.total.seconds", "?")
            + " s from submit)",
        "≥ 1,500/s",
        figures.getProperty("mail.per.second", "?") + "/s",
        number(figures, "mail.per.second") >= 1500
            && figures.getProperty("mail.sent", "").equals(figures.getProperty("mail.recipients")));
    long growth = (long) (number(figures, "heap.after.mb") - number(figures, "heap.baseline.mb"));
    long peakGrowth =
        (long) (number(figures, "heap.peak.mb") - number(figures, "heap.baseline.mb"));
    row(
        md,
        "heap growth over the 300,000-recipient send: live heap after GC "
            + figures.getProperty("heap.baseline.mb", "?")
            + " MB before, "
            + figures.getProperty("heap.after.mb", "?")
            + " MB after; peak used (garbage included) "
            + figures.getProperty("heap.peak.mb", "?")
            + " MB of "
            + figures.getProperty("heap.max.mb", "?")
            + " MB",
        "< 256 MB",
        growth + " MB retained, " + peakGrowth + " MB peak",
        figures.containsKey("heap.peak.mb") && peakGrowth < 256);
    md.append("\n").append(NOTES).append("\n\n").append(notes).append("\n");
    return md.toString();
  }

  private static void row(
      StringBuilder md, String what, String target, String measured, boolean met) {
    md.append("| ")
        .append(what)
        .append(" | ")
        .append(target)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(met ? "met" : "**missed**")
        .append(" |\n");
  }

  private static String seconds(Properties figures, String key) {
    return figures.getProperty(key, "?") + " s";
  }

  private static double number(Properties figures, String key) {
    try {
      return Double.parseDouble(figures.getProperty(key, "NaN"));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
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

package nl.burgernet.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import nl.burgernet.localpeers.LocalPeers;

/**
 * The "it runs, here is where to look" message for the person who started the launcher. It goes to
 * the console as plain text, not through the log: it is the launcher's user interface, and log
 * formatting (time stamps, levels) would only make the table harder to read.
 */
final class Banner {

  private Banner() {}

  static void print(PrintStream out, LauncherSettings settings, LocalPeers peers) {
    String mailWeb = peers.mailServer().webUrl();
    List<String> lines = new ArrayList<>();
    lines.add("Burgernet is running.");
    lines.add("");
    lines.add("  Portal          " + settings.localUrl());
    lines.add("  Mail (web)      " + (mailWeb == null ? "-" : mailWeb));
    lines.add(
        "  Mail (IMAP)     localhost:"
            + peers.mailServer().imapPort()
            + "  user = recipient address, any password");
    lines.add("  Data directory  " + peers.settings().dataDir());
    lines.add("  Database        " + peers.database().jdbcUrl() + "  (burgernet / burgernet)");
    lines.add("  Broker          " + peers.broker().url());
    lines.add(
        "  SMSC (SMPP)     127.0.0.1:"
            + peers.smsc().port()
            + "  ("
            + peers.smsc().systemId()
            + " / "
            + peers.smsc().password()
            + ")");
    lines.add("  Push receiver   127.0.0.1:" + peers.pushService().port() + "/push/");
    lines.add("  Voice endpoint  " + peers.voice().url());
    lines.add("  What they got   " + settings.localUrl() + "portal/beheer/lokale-peers.xhtml");
    lines.add("");
    lines.add("  Demo logins (password Burgernet-demo-2026):");
    lines.addAll(table(DemoLogins.read()));
    lines.add("");
    lines.add("Stop with Ctrl-C.");

    String rule = "=".repeat(78);
    StringBuilder text = new StringBuilder().append('\n').append(rule).append('\n');
    lines.forEach(line -> text.append(("  " + line).stripTrailing()).append('\n'));
    text.append(rule).append('\n');
    out.print(text);
    out.flush();
  }

  /** Aligns the columns; the first row is the header and gets an underline. */
  static List<String> table(List<List<String>> rows) {
    if (rows.isEmpty()) {
      return List.of("    (none listed in demo-logins.txt)");
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      lines.add("    " + formatRow(rows.get(r), widths));
      if (r == 0) {
        List<String> underline = new ArrayList<>();
        for (int width : widths) {
          underline.add("-".repeat(width));
        }
        lines.add("    " + formatRow(underline, widths));
      }
    }
    return lines;
  }

  private static String formatRow(List<String> cells, int[] widths) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String cell = i < cells.size() ? cells.get(i) : "";
      row.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", cell));
    }
    return row.toString().stripTrailing();
  }
}

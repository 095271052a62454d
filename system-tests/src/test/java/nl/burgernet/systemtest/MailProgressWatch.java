package nl.burgernet.systemtest;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ambassador with a mail's page open while it is sent: reads the progress bar the page shows
 * until it reaches 100 %. Client side only (never deployed).
 */
final class MailProgressWatch {

  private static final Duration READ_EVERY = Duration.ofSeconds(5);

  private static final String PROGRESS_LABEL =
      "var label = document.querySelector('.ui-progressbar-label');"
          + " return label == null ? null : label.textContent;";

  private MailProgressWatch() {}

  /**
   * The percentages the page showed, each change once.
   *
   * @param longest how long to watch at most
   */
  static List<Integer> follow(URL base, long mailId, Duration longest) {
    List<Integer> seen = new ArrayList<>();
    Instant deadline = Instant.now().plus(longest);
    try (Browser ambassador = new Browser(base)) {
      ambassador.logIn("ambassadeur");
      ambassador.open("portal/burgernetmail/bericht.xhtml?id=" + mailId);
      while (Instant.now().isBefore(deadline) && !seen.contains(100)) {
        Object label = ambassador.script(PROGRESS_LABEL);
        if (label == null) {
          // planned, not handed over yet: the page only refreshes itself while the mail is sent
          ambassador.open("portal/burgernetmail/bericht.xhtml?id=" + mailId);
        } else {
          String digits = label.toString().replaceAll("\\D", "");
          int percent = digits.isEmpty() ? 0 : Integer.parseInt(digits);
          if (seen.isEmpty() || seen.get(seen.size() - 1) != percent) {
            seen.add(percent);
          }
        }
        pause();
      }
    }
    return seen;
  }

  /** Whether the percentages, as recorded by {@link #follow}, rose step by step to 100. */
  static boolean rising(String percentages) {
    int[] values =
        Arrays.stream(percentages.strip().split(" "))
            .filter(value -> !value.isEmpty())
            .mapToInt(Integer::parseInt)
            .toArray();
    for (int i = 1; i < values.length; i++) {
      if (values[i] <= values[i - 1]) {
        return false;
      }
    }
    return values.length >= 3 && values[values.length - 1] == 100;
  }

  private static void pause() {
    try {
      Thread.sleep(READ_EVERY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

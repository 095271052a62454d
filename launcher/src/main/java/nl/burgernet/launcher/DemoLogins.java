package nl.burgernet.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The demo accounts listed in {@code demo-logins.txt}: one account a line as {@code username | role
 * | scope}, the first such line being the header; lines starting with {@code #} and blank lines are
 * skipped.
 */
final class DemoLogins {

  static final String RESOURCE = "/demo-logins.txt";

  private DemoLogins() {}

  /** Rows of cells, header first; empty when the resource is missing. */
  static List<List<String>> read() {
    try (InputStream in = DemoLogins.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return List.of();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<List<String>> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          rows.add(Arrays.stream(trimmed.split("\\|")).map(String::strip).toList());
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}

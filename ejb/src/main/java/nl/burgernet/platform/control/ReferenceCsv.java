package nl.burgernet.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;

/**
 * Reference files in CSV (postcode centroids, postcode areas): a header row, {@code #} comments,
 * blank lines and spaces around values allowed, UTF-8; read from the file a setting names, or from
 * the small sample shipped with the application when the setting is empty.
 */
public final class ReferenceCsv {

  private ReferenceCsv() {}

  /** The format of a reference file with these columns. */
  public static CSVFormat withHeader(String... header) {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader(header)
        .setSkipHeaderRecord(true)
        .setTrim(true)
        .setIgnoreEmptyLines(true)
        .setCommentMarker('#')
        .get();
  }

  /** The configured file, or the sample on the class path when none is configured. */
  public static Reader open(Optional<String> file, String sample) {
    if (file.filter(path -> !path.isBlank()).isPresent()) {
      Path path = Path.of(file.get().strip());
      try {
        return Files.newBufferedReader(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }
    InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream(sample);
    if (in == null) {
      throw new IllegalStateException("the sample file is missing: " + sample);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}

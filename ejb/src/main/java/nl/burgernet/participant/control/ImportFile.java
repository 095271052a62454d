package nl.burgernet.participant.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A participant import file read into rows: UTF-8 (a byte order mark is skipped), one header row
 * that names the columns in any order and case, {@code ;} (Dutch Excel) or {@code ,} as delimiter,
 * taken from the header row. A file that cannot be read as a whole (not UTF-8, no header, a column
 * missing or unknown, a quote left open) is refused at once with the reason; everything else is
 * decided row by row, so no row is lost without a report line.
 */
public final class ImportFile {

  /** The largest file taken, uncompressed: about 400,000 rows. */
  public static final int MAXIMUM_BYTES = 50 * 1024 * 1024;

  private static final Pattern PARSER_LINE = Pattern.compile("line (\\d+)");

  private final Map<ImportColumn, Integer> positions;
  private final List<ImportRow> rows;

  private ImportFile(Map<ImportColumn, Integer> positions, List<ImportRow> rows) {
    this.positions = positions;
    this.rows = rows;
  }

  public static ImportFile read(byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("import.file.empty");
    }
    if (content.length > MAXIMUM_BYTES) {
      throw new InvalidInputException("import.file.size", MAXIMUM_BYTES / (1024 * 1024));
    }
    String text = utf8(content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int endOfHeader = text.indexOf('\n');
    String header = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
    char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      List<ImportRow> rows = new ArrayList<>();
      Map<ImportColumn, Integer> positions = null;
      for (CSVRecord record : parser) {
        if (positions == null) {
          positions = columns(record);
        } else {
          rows.add(new ImportRow(rows.size() + 1, record.values(), positions));
        }
      }
      if (positions == null) {
        throw new InvalidInputException("import.file.empty");
      }
      return new ImportFile(positions, List.copyOf(rows));
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // an open quote swallows the rest of the file: refuse it rather than guess where rows end
      throw new InvalidInputException("import.file.unreadable", parserLine(e));
    }
  }

  private static Map<ImportColumn, Integer> columns(CSVRecord header) {
    Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      ImportColumn column =
          ImportColumn.byHeader(name)
              .orElseThrow(() -> new InvalidInputException("import.file.unknownColumn", name));
      if (positions.put(column, i) != null) {
        throw new InvalidInputException("import.file.doubleColumn", column.header());
      }
    }
    for (ImportColumn column : ImportColumn.values()) {
      if (column.isRequired() && !positions.containsKey(column)) {
        throw new InvalidInputException("import.file.missingColumn", column.header());
      }
    }
    return positions;
  }

  private static String utf8(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("import.file.encoding");
    }
  }

  private static String parserLine(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher line = PARSER_LINE.matcher(message);
    return line.find() ? line.group(1) : "?";
  }

  /** The data rows, numbered from 1 (the first row under the header). */
  public List<ImportRow> rows() {
    return rows;
  }

  public int size() {
    return rows.size();
  }

  public boolean has(ImportColumn column) {
    return positions.containsKey(column);
  }
}

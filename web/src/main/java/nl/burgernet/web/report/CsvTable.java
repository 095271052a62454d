package nl.burgernet.web.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one CSV format of the MARAP API, made for Dutch Excel: a UTF-8 byte order mark (without it
 * Excel reads UTF-8 as Windows-1252 and garbles "Súdwest-Fryslân"), semicolons between fields and
 * decimal commas (what Excel expects in a Dutch locale; with commas as separators every figure
 * would be split), CRLF line ends, text always quoted with quotes doubled, numbers never.
 */
record CsvTable(List<String> header, List<List<Object>> rows) {

  static final String MEDIA_TYPE = "text/csv";

  /** What the API documentation says of {@link #figures()}. */
  static final String FIGURES_DESCRIPTION =
      "One figure a row: section;name;figure;value. The section and the figure are named as in"
          + " the JSON answer, the name is the municipality, month or category of the line;"
          + " numbers have a decimal comma. UTF-8 with a byte order mark, so Excel opens it.";

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  /**
   * A table of figures in long form, one number a row: the section of the JSON answer it comes
   * from, the name of the line in that section (a municipality, a month, a category), the figure
   * (named as in the JSON) and its value. A spreadsheet's pivot table turns it into any view.
   */
  static Figures figures() {
    return new Figures();
  }

  static CsvTable of(List<String> header, List<List<Object>> rows) {
    return new CsvTable(List.copyOf(header), List.copyOf(rows));
  }

  String text() {
    return Stream.concat(Stream.of(List.<Object>copyOf(header)), rows.stream())
        .map(CsvTable::line)
        .collect(Collectors.joining("\r\n", BYTE_ORDER_MARK, "\r\n"));
  }

  /** The table as a file to download, e.g. marap-deelnemers-utrecht-2026-01-2026-03.csv. */
  Response download(String fileName) {
    return Response.ok(text().getBytes(StandardCharsets.UTF_8), MEDIA_TYPE + ";charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".csv\"")
        .build();
  }

  private static String line(List<Object> values) {
    return values.stream().map(CsvTable::field).collect(Collectors.joining(";"));
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString().replace('.', ',');
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString().replace('.', ',');
    }
    if (value instanceof Number) {
      return value.toString();
    }
    return "\"" + value.toString().replace("\"", "\"\"") + "\"";
  }

  /** Collects the rows of {@link #figures()}. */
  static final class Figures {

    private final List<List<Object>> rows = new ArrayList<>();

    /**
     * One figure; a figure without a value (e.g. no time to the first message while no action sent
     * one) has no row, as it has no property in the JSON.
     */
    Figures add(String section, String name, String figure, Number value) {
      if (value != null) {
        rows.add(List.of(section, name, figure, value));
      }
      return this;
    }

    CsvTable table() {
      return new CsvTable(List.of("section", "name", "figure", "value"), List.copyOf(rows));
    }
  }
}

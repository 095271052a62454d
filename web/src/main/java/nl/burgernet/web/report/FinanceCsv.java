package nl.burgernet.web.report;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.burgernet.report.entity.FinanceTable;

/**
 * The finance table as CSV: semicolons, as Dutch spreadsheets expect, and decimal points, so the
 * numbers read the same in every locale; the last row is the total.
 */
final class FinanceCsv {

  private static final String HEADER =
      "gemeente;inwoners;huishoudens;aandeel_procent;toegerekend_euro;"
          + "bijdrage_gemeente_euro;bijdrage_politie_euro";

  private FinanceCsv() {}

  static String of(FinanceTable table) {
    return Stream.concat(
            Stream.of(HEADER),
            Stream.concat(table.lines().stream(), Stream.of(table.total())).map(FinanceCsv::row))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  private static String row(FinanceTable.Line line) {
    return String.join(
        ";",
        Optional.ofNullable(line.municipality()).map(FinanceCsv::quoted).orElse("\"Totaal\""),
        String.valueOf(line.inhabitants()),
        String.valueOf(line.households()),
        line.sharePercent().toPlainString(),
        line.allocated().map(String::valueOf).orElse(""),
        line.municipalityContribution().toPlainString(),
        line.policeContribution().toPlainString());
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}

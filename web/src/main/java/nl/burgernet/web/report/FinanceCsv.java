package nl.burgernet.web.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.burgernet.report.entity.FinanceTable;

/**
 * The finance table as CSV ({@link CsvTable}): one row per municipality as on the page, the last
 * row the total.
 */
final class FinanceCsv {

  private static final List<String> HEADER =
      List.of(
          "gemeente",
          "inwoners",
          "huishoudens",
          "aandeel_procent",
          "toegerekend_euro",
          "bijdrage_gemeente_euro",
          "bijdrage_politie_euro");

  private FinanceCsv() {}

  static CsvTable of(FinanceTable table) {
    return CsvTable.of(
        HEADER,
        Stream.concat(table.lines().stream(), Stream.of(table.total()))
            .map(FinanceCsv::row)
            .toList());
  }

  private static List<Object> row(FinanceTable.Line line) {
    return Arrays.asList(
        Optional.ofNullable(line.municipality()).orElse("Totaal"),
        line.inhabitants(),
        line.households(),
        line.sharePercent(),
        line.allocated().orElse(null),
        line.municipalityContribution(),
        line.policeContribution());
  }
}

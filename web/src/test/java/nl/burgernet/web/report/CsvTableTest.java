package nl.burgernet.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void dutch_excel_gets_a_byte_order_mark_semicolons_and_decimal_commas() {
    String text =
        CsvTable.figures()
            .add(
                "municipalities", "Súdwest-Fryslân", "percentOfInhabitants", new BigDecimal("4.80"))
            .add("months", "2026-01", "averageHoursToAnswer", 1.5)
            .add("months", "2026-01", "received", 12L)
            .table()
            .text();

    assertThat(text)
        .isEqualTo(
            "\uFEFF\"section\";\"name\";\"figure\";\"value\"\r\n"
                + "\"municipalities\";\"Súdwest-Fryslân\";\"percentOfInhabitants\";4,80\r\n"
                + "\"months\";\"2026-01\";\"averageHoursToAnswer\";1,5\r\n"
                + "\"months\";\"2026-01\";\"received\";12\r\n");
  }

  @Test
  void a_figure_without_a_value_has_no_row_as_it_has_no_property_in_the_json() {
    CsvTable table = CsvTable.figures().add("total", "Utrecht", "averageSeconds", null).table();

    assertThat(table.rows()).isEmpty();
  }

  @Test
  void quotes_in_text_are_doubled_and_an_empty_field_stays_empty() {
    CsvTable table =
        CsvTable.of(
            List.of("gemeente", "toegerekend"), List.of(Arrays.asList("'s-\"Gravenhage\"", null)));

    assertThat(table.text().lines()).last().isEqualTo("\"'s-\"\"Gravenhage\"\"\";");
  }
}

package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class ImportFileTest {

  @Test
  void dutch_excel_file_with_byte_order_mark_and_columns_in_any_order_and_case() {
    ImportFile file =
        read(
            "\uFEFFPostcode;NAAM;huisnummer;email\r\n"
                + "7411 AA;Jan de Vries;12;jan@example.nl\r\n"
                + "\r\n"
                + "\"7412 AA\";\"Kees; van Dam\";3;\r\n");

    assertThat(file.size()).isEqualTo(2);
    ImportRow second = file.rows().get(1);
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.value(ImportColumn.NAAM)).isEqualTo("Kees; van Dam");
    assertThat(second.value(ImportColumn.EMAIL)).as("empty is absent").isNull();
    assertThat(second.value(ImportColumn.MOBIEL)).as("no such column").isNull();
  }

  @Test
  void comma_is_the_delimiter_when_the_header_has_no_semicolon() {
    ImportFile file = read("naam,postcode,huisnummer\nJan,7411 AA,12\n");

    assertThat(file.rows().get(0).value(ImportColumn.POSTCODE)).isEqualTo("7411 AA");
  }

  @Test
  void a_row_with_too_few_fields_is_kept_for_its_own_report_line() {
    ImportFile file = read("naam;postcode;huisnummer\nJan;7411 AA\n");

    assertThat(file.rows().get(0).hasAllColumns()).isFalse();
  }

  @Test
  void a_file_without_a_required_column_is_refused_as_a_whole() {
    assertThatThrownBy(() -> read("naam;postcode\nJan;7411 AA\n"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              InvalidInputException refusal = (InvalidInputException) e;
              assertThat(refusal.getMessageKey()).isEqualTo("import.file.missingColumn");
              assertThat(refusal.getArguments()).containsExactly("huisnummer");
            });
  }

  @Test
  void an_unknown_column_is_refused_rather_than_ignored() {
    assertThatThrownBy(() -> read("naam;postcode;huisnummer;e-mail\n"))
        .hasFieldOrPropertyWithValue("messageKey", "import.file.unknownColumn");
  }

  @Test
  void text_that_is_not_utf8_is_refused() {
    byte[] latin1 =
        "naam;postcode;huisnummer\nJosé;7411 AA;1\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> ImportFile.read(latin1))
        .hasFieldOrPropertyWithValue("messageKey", "import.file.encoding");
  }

  @Test
  void an_empty_file_is_refused() {
    assertThatThrownBy(() -> ImportFile.read(new byte[0]))
        .hasFieldOrPropertyWithValue("messageKey", "import.file.empty");
  }

  @Test
  void an_open_quote_is_refused_with_its_line() {
    assertThatThrownBy(() -> read("naam;postcode;huisnummer\n\"Jan;7411 AA;1\nPiet;7411 AA;2\n"))
        .hasFieldOrPropertyWithValue("messageKey", "import.file.unreadable");
  }

  private static ImportFile read(String text) {
    return ImportFile.read(text.getBytes(StandardCharsets.UTF_8));
  }
}

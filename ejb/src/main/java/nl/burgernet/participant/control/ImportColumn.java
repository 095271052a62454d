package nl.burgernet.participant.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a participant import file (docs: import-csv contract), by their Dutch header
 * names. Street and place are optional extras: with the offline geocoder, which knows no streets,
 * they make an address complete as on the registration page.
 */
public enum ImportColumn {
  NAAM(true),
  MOBIEL(false),
  VAST(false),
  EMAIL(false),
  POSTCODE(true),
  HUISNUMMER(true),
  TOEVOEGING(false),
  STRAAT(false),
  PLAATS(false),
  GEBOORTEJAAR(false),
  KANALEN(false),
  BRON(false),
  AANGEMELD_OP(false);

  private final boolean required;

  ImportColumn(boolean required) {
    this.required = required;
  }

  /** Whether a file without this column cannot be imported at all. */
  public boolean isRequired() {
    return required;
  }

  /** The header name, as in the file (lower case). */
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The column a header names, whatever its case and surrounding blanks. */
  public static Optional<ImportColumn> byHeader(String header) {
    String wanted = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(column -> column.header().equals(wanted)).findFirst();
  }
}

package nl.burgernet.participant.control;

import java.util.Map;

/** One data row of an import file as it was written, numbered from 1 under the header. */
public final class ImportRow {

  private final int number;
  private final String[] values;
  private final Map<ImportColumn, Integer> positions;

  ImportRow(int number, String[] values, Map<ImportColumn, Integer> positions) {
    this.number = number;
    this.values = values;
    this.positions = positions;
  }

  public int number() {
    return number;
  }

  /** Whether the row has as many fields as the header names columns. */
  public boolean hasAllColumns() {
    return values.length == positions.size();
  }

  public int fieldCount() {
    return values.length;
  }

  public int columnCount() {
    return positions.size();
  }

  /** The value of the column, or null when the file has no such column or it is empty. */
  public String value(ImportColumn column) {
    Integer position = positions.get(column);
    if (position == null || position >= values.length) {
      return null;
    }
    String value = values[position];
    return value == null || value.isBlank() ? null : value;
  }
}

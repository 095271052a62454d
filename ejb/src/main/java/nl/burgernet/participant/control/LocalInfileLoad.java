package nl.burgernet.participant.control;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;

/**
 * Rows for one table, written as tab-separated text and handed to the database in one {@code LOAD
 * DATA LOCAL INFILE} from memory. For the import's thousand-row batches this costs a fraction of a
 * JDBC batch: the driver spells a batch out as one long SQL text, escaping every value and parsing
 * its placeholders, and the database parses that text again; here the application writes each value
 * once and the database reads fields. The driver takes the text from the stream given to the
 * statement, never from a file; the data source allows that ({@code allowLoadLocalInfile}) and the
 * database must too ({@code local_infile}, on by default in MariaDB, off in MySQL 8).
 *
 * <p>{@code LOCAL} makes the database skip a row it cannot take with a warning instead of an error,
 * so a load that reports fewer rows than given, or any warning, fails the transaction.
 */
final class LocalInfileLoad {

  private final String table;
  private final List<String> columns;
  private final StringBuilder text = new StringBuilder(256 * 1024);
  private int rows;
  private int field;

  LocalInfileLoad(String table, List<String> columns) {
    this.table = table;
    this.columns = columns;
  }

  /** Adds the next value of the current row; null is SQL NULL. */
  LocalInfileLoad value(Object value) {
    if (field > 0) {
      text.append('\t');
    }
    if (value == null) {
      text.append("\\N");
    } else {
      escapeInto(value.toString());
    }
    field++;
    return this;
  }

  /** Ends the current row, which must have a value for every column. */
  void endRow() {
    if (field != columns.size()) {
      throw new IllegalStateException(
          table + ": a row of " + field + " values for " + columns.size() + " columns");
    }
    text.append('\n');
    field = 0;
    rows++;
  }

  /** Loads the rows in the connection's transaction. */
  void into(Connection connection) throws SQLException {
    if (rows == 0) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement
          .unwrap(JdbcStatement.class)
          .setLocalInfileInputStream(
              new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
      int loaded =
          statement.executeUpdate(
              "LOAD DATA LOCAL INFILE 'rows' INTO TABLE "
                  + table
                  + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                  + " LINES TERMINATED BY '\\n' ("
                  + String.join(", ", columns)
                  + ")");
      SQLWarning warning = statement.getWarnings();
      if (loaded != rows || warning != null) {
        throw new SQLException(
            table
                + ": "
                + loaded
                + " of "
                + rows
                + " rows loaded"
                + (warning == null ? "" : "; first warning: " + warning.getMessage()));
      }
    }
  }

  /** The escapes of the {@code ESCAPED BY '\\'} text format, for what a value may contain. */
  private void escapeInto(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\0' -> text.append("\\0");
        default -> text.append(c);
      }
    }
  }
}

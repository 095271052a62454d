package nl.burgernet.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads, inside the application, what the audit trail holds about one object. */
final class AuditedActions {

  private AuditedActions() {}

  /** The actions done to the object, oldest first. */
  static List<String> on(DataSource dataSource, String objectType, Object id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT action FROM audit_entry WHERE object_type = ? AND object_id = ?"
                    + " ORDER BY id")) {
      query.setString(1, objectType);
      query.setString(2, String.valueOf(id));
      try (ResultSet rows = query.executeQuery()) {
        List<String> actions = new ArrayList<>();
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
        return actions;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

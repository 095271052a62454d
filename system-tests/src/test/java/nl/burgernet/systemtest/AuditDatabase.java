package nl.burgernet.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.burgernet.localpeers.LocalDatabase;

/** Reads the audit trail straight from the test run's database, as an auditor would. */
final class AuditDatabase {

  private AuditDatabase() {}

  /** The results of the login attempts of one actor, oldest first. */
  static List<String> loginResults(String actor) {
    try (Connection connection = connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT result FROM audit_entry WHERE actor = ? AND action = 'LOGIN' ORDER BY id")) {
      query.setString(1, actor);
      try (ResultSet rows = query.executeQuery()) {
        List<String> results = new ArrayList<>();
        while (rows.next()) {
          results.add(rows.getString(1));
        }
        return results;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What an actor did, as "ACTION object type" lines, oldest first. */
  static List<String> actions(String actor) {
    try (Connection connection = connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT action, object_type FROM audit_entry WHERE actor = ? ORDER BY id")) {
      query.setString(1, actor);
      try (ResultSet rows = query.executeQuery()) {
        List<String> actions = new ArrayList<>();
        while (rows.next()) {
          actions.add(rows.getString(1) + " " + rows.getString(2));
        }
        return actions;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void execute(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        LocalPeersForTests.peers().database().jdbcUrl(),
        LocalDatabase.USER,
        LocalDatabase.PASSWORD);
  }
}

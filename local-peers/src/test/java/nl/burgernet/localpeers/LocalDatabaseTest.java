package nl.burgernet.localpeers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class LocalDatabaseTest {

  @Test
  void keepsARowAcrossAStopAndStartOnTheSameDataDir() throws SQLException {
    Path dataDir = TestDataDirs.fresh("db");

    try (LocalDatabase database = new LocalDatabase(dataDir, 0)) {
      database.start();
      try (Connection connection = connect(database);
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(50))");
        statement.execute("INSERT INTO note VALUES (1, 'survives a restart')");
      }
    }

    try (LocalDatabase restarted = new LocalDatabase(dataDir, 0)) {
      restarted.start();
      try (Connection connection = connect(restarted);
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
        assertThat(rows.next()).as("row written before the restart").isTrue();
        assertThat(rows.getString(1)).isEqualTo("survives a restart");
      }
    }
  }

  @Test
  void refusesADataDirThatMariaDb4jWouldWipe() {
    Path insideTmp = Path.of(System.getProperty("java.io.tmpdir"), "burgernet-db");

    assertThatThrownBy(() -> new LocalDatabase(insideTmp, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
  }

  private static Connection connect(LocalDatabase database) throws SQLException {
    assertThat(database.jdbcUrl())
        .isEqualTo("jdbc:mysql://127.0.0.1:" + database.port() + "/burgernet");
    return DriverManager.getConnection(
        database.jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD);
  }
}

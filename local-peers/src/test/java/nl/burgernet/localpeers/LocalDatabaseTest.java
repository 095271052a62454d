package nl.burgernet.localpeers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
    keepsARowAcrossAStopAndStartOn(TestDataDirs.fresh("db"));
  }

  private static void keepsARowAcrossAStopAndStartOn(Path dataDir) throws SQLException {
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
  void keepsItsDataEvenUnderTheTemporaryDirectoryWhichMariaDb4jWouldWipe() throws Exception {
    Path insideTmp = Files.createTempDirectory("burgernet-db-test").resolve("db");

    keepsARowAcrossAStopAndStartOn(insideTmp);
  }

  private static Connection connect(LocalDatabase database) throws SQLException {
    assertThat(database.jdbcUrl())
        .isEqualTo("jdbc:mysql://127.0.0.1:" + database.port() + "/burgernet");
    return DriverManager.getConnection(
        database.jdbcUrl(), LocalDatabase.USER, LocalDatabase.PASSWORD);
  }
}

package nl.burgernet.localpeers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalPeersTest {

  @Test
  void environmentPointsTheApplicationAtTheRunningPeers() throws Exception {
    try (LocalPeers peers =
        LocalPeers.start(LocalPeersSettings.withFreePorts(TestDataDirs.fresh("peers")))) {
      Map<String, String> env = peers.environment();

      assertThat(env)
          .hasEntrySatisfying(
              "BURGERNET_DB_URL", url -> assertThat(url).startsWith(peers.database().jdbcUrl()))
          .containsEntry("BURGERNET_BROKER_HOST", "127.0.0.1")
          .containsEntry("BURGERNET_BROKER_PORT", String.valueOf(peers.broker().port()))
          .containsEntry("BURGERNET_SMTP_HOST", "127.0.0.1")
          .containsEntry("BURGERNET_SMTP_PORT", String.valueOf(peers.mailServer().smtpPort()))
          .containsEntry("BURGERNET_SMPP_HOST", "127.0.0.1")
          .containsEntry("BURGERNET_SMPP_PORT", String.valueOf(peers.smsc().port()))
          .containsEntry("BURGERNET_SMPP_SYSTEM_ID", LocalSmsc.SYSTEM_ID)
          .containsEntry("BURGERNET_SMPP_PASSWORD", LocalSmsc.PASSWORD);
      try (Connection connection =
          DriverManager.getConnection(
              env.get("BURGERNET_DB_URL"),
              env.get("BURGERNET_DB_USER"),
              env.get("BURGERNET_DB_PASSWORD"))) {
        assertThat(connection.isValid(2)).isTrue();
      }
      assertThat(peers.settings().dataDir().resolve("db")).isNotEmptyDirectory();
      assertThat(peers.settings().dataDir().resolve("broker")).isNotEmptyDirectory();
    }
  }
}

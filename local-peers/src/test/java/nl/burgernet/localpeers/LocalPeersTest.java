package nl.burgernet.localpeers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
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
          .containsEntry("BURGERNET_SMPP_PASSWORD", LocalSmsc.PASSWORD)
          .containsEntry("BURGERNET_VOICE_URL", peers.voice().url())
          .containsKey("BURGERNET_PUSH_VAPID_PUBLIC")
          .containsKey("BURGERNET_PUSH_VAPID_PRIVATE")
          .containsKey("BURGERNET_LOCAL_PEERS_URL");
      try (Connection connection =
          DriverManager.getConnection(
              env.get("BURGERNET_DB_URL"),
              env.get("BURGERNET_DB_USER"),
              env.get("BURGERNET_DB_PASSWORD"))) {
        assertThat(connection.isValid(2)).isTrue();
      }
      assertThat(peers.settings().dataDir().resolve("db")).isNotEmptyDirectory();
      assertThat(peers.settings().dataDir().resolve("broker")).isNotEmptyDirectory();
      assertThat(peers.settings().pushDir()).as("VAPID keys kept").isNotEmptyDirectory();
      peers.voice().callTakes(Duration.ZERO);
      HttpResponse<String> sms =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(env.get("BURGERNET_LOCAL_PEERS_URL") + "/sms"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(sms.statusCode()).isEqualTo(200);
      assertThat(sms.body()).isEqualTo("{\"items\":[]}");
    }
  }
}

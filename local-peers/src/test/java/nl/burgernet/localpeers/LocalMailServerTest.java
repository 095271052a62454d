package nl.burgernet.localpeers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LocalMailServerTest {

  private static final String RECIPIENT = "deelnemer@example.org";

  @Test
  void aMailSentOverSmtpIsReceivedAndReadableOverImapAndTheWebPage() throws Exception {
    try (LocalMailServer mail = new LocalMailServer(0, 0, 0)) {
      mail.start();

      send(mail.smtpPort(), "Burgernetactie: vermist kind");

      assertThat(mail.waitForMessages(1, Duration.ofSeconds(5))).isTrue();
      assertThat(mail.getReceivedMessages())
          .singleElement()
          .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Burgernetactie: vermist kind"));
      assertThat(imapSubjects(mail.imapPort())).containsExactly("Burgernetactie: vermist kind");
      assertThat(get(mail.webUrl())).contains("Burgernetactie: vermist kind");
      assertThat(get(mail.webUrl() + "messages/0")).contains("Kijk uit naar");

      mail.purge();
      assertThat(mail.getReceivedMessages()).isEmpty();
    }
  }

  @Test
  void startedAgainAfterAStopItListensOnTheSamePorts() throws Exception {
    try (LocalMailServer mail = new LocalMailServer(0, 0, -1)) {
      mail.start();
      int smtp = mail.smtpPort();
      int imap = mail.imapPort();

      mail.stop();
      mail.start();

      assertThat(mail.smtpPort()).isEqualTo(smtp);
      assertThat(mail.imapPort()).isEqualTo(imap);
      send(smtp, "Na de storing");
      assertThat(mail.waitForMessages(1, Duration.ofSeconds(5))).isTrue();
    }
  }

  private static void send(int smtpPort, String subject) throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(smtpPort));
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress("noreply@burgernet.nl"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(RECIPIENT));
    message.setSubject(subject);
    message.setText("Kijk uit naar een kind in een rode jas.");
    Transport.send(message);
  }

  /** Any IMAP client gets in with the recipient's address as user name and any password. */
  private static String[] imapSubjects(int imapPort) throws MessagingException {
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", imapPort, RECIPIENT, "any password");
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      Message[] messages = inbox.getMessages();
      String[] subjects = new String[messages.length];
      for (int i = 0; i < messages.length; i++) {
        subjects[i] = messages[i].getSubject();
      }
      inbox.close(false);
      return subjects;
    } finally {
      store.close();
    }
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}

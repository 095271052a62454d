package nl.burgernet.systemtest;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.burgernet.localpeers.LocalMailServer;

/** Mails put into the bounce mailbox of the test run's mail server, as the outside world would. */
final class BounceMailbox {

  private BounceMailbox() {}

  /** An RFC 3464 report as a receiving server sends it: the address does not exist. */
  static String userUnknown(String address, String messageId) {
    return """
        From: MAILER-DAEMON@mx.burgernet.test (Mail Delivery System)
        To: %1$s
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="B"

        --B
        Content-Type: text/plain

        Your message could not be delivered.

        --B
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.burgernet.test

        Final-Recipient: rfc822; %2$s
        Action: failed
        Status: 5.1.1
        Diagnostic-Code: smtp; 550 5.1.1 <%2$s>: User unknown

        --B
        Content-Type: text/rfc822-headers

        Message-ID: %3$s
        To: %2$s

        --B--
        """
        .formatted(LocalMailServer.BOUNCE_ADDRESS, address, messageId);
  }

  /** Delivers the raw mail (headers, blank line, body) to the bounce mailbox. */
  static void put(String raw) throws MessagingException, IOException {
    Properties settings = new Properties();
    settings.put("mail.smtp.host", "127.0.0.1");
    settings.put(
        "mail.smtp.port", String.valueOf(LocalPeersForTests.peers().mailServer().smtpPort()));
    Session session = Session.getInstance(settings);
    MimeMessage mail =
        new MimeMessage(
            session,
            new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    Transport.send(mail, new Address[] {new InternetAddress(LocalMailServer.BOUNCE_ADDRESS)});
  }
}

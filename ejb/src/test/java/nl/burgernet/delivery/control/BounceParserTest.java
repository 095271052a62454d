package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import nl.burgernet.delivery.entity.UnsubscribeByMail;
import org.junit.jupiter.api.Test;

class BounceParserTest {

  private static final List<String> OWN = List.of("noreply@burgernet.nl", "bounces@burgernet.nl");

  @Test
  void a_delivery_status_notification_names_the_recipient_the_status_and_our_message_id()
      throws Exception {
    List<Bounce> bounces = BounceParser.parse(mail(dsn("failed", "5.1.1", HEADERS_PART)), OWN);

    assertThat(bounces)
        .containsExactly(
            new Bounce(
                "jan@example.nl",
                true,
                "550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown",
                "Xy3k9QpL0aBcDeFgHiJkLm@burgernet.nl"));
  }

  @Test
  void the_message_id_is_also_found_in_a_returned_whole_message() throws Exception {
    String returned =
        """
        Content-Type: message/rfc822

        Message-ID: <whole-message@burgernet.nl>
        From: Burgernet <noreply@burgernet.nl>
        Subject: Vermist meisje

        Beste Jan,
        """;

    List<Bounce> bounces = BounceParser.parse(mail(dsn("failed", "5.2.2", returned)), OWN);

    assertThat(bounces)
        .extracting(Bounce::originalMessageId)
        .containsExactly("whole-message@burgernet.nl");
  }

  @Test
  void a_transient_failure_is_a_bounce_but_not_a_permanent_one() throws Exception {
    List<Bounce> bounces = BounceParser.parse(mail(dsn("failed", "4.2.2", HEADERS_PART)), OWN);

    assertThat(bounces).singleElement().extracting(Bounce::permanent).isEqualTo(false);
  }

  @Test
  void a_report_that_the_mail_is_only_delayed_is_no_bounce() throws Exception {
    assertThat(BounceParser.parse(mail(dsn("delayed", "4.4.7", HEADERS_PART)), OWN)).isEmpty();
  }

  @Test
  void a_plain_text_bounce_gives_the_recipient_status_and_quoted_message_id() throws Exception {
    String bounce =
        """
        From: MAILER-DAEMON@mx.example.nl
        To: bounces@burgernet.nl
        Subject: failure notice
        Content-Type: text/plain; charset=us-ascii

        Hi. This is the qmail-send program at mx.example.nl.
        I'm afraid I wasn't able to deliver your message to the following addresses.

        <piet@example.nl>:
        552 5.2.2 mailbox full

        --- Below this line is a copy of the message.

        Return-Path: <bounces@burgernet.nl>
        From: Burgernet <noreply@burgernet.nl>
        Message-ID: <plain-bounce-id@burgernet.nl>
        """;

    assertThat(BounceParser.parse(mail(bounce), OWN))
        .containsExactly(
            new Bounce(
                "piet@example.nl", true, "552 5.2.2 mailbox full", "plain-bounce-id@burgernet.nl"));
  }

  @Test
  void an_auto_reply_or_a_person_writing_to_the_bounce_address_is_no_bounce() throws Exception {
    String autoReply =
        """
        From: Jan <jan@example.nl>
        To: bounces@burgernet.nl
        Subject: Afwezig: Burgernet
        Auto-Submitted: auto-replied
        Content-Type: text/plain; charset=UTF-8

        Ik ben tot 5.1.2027 afwezig.
        """;

    assertThat(BounceParser.parse(mail(autoReply), OWN)).isEmpty();
  }

  @Test
  void the_mailto_unsubscribe_subject_gives_the_token_and_delivery_of_the_link() {
    String token = "A".repeat(40) + "b_-";
    String link = "https://burgernet.nl/afmelden.xhtml?token=" + token;

    assertThat(UnsubscribeMail.requestIn("afmelden " + link + "&bericht=4711"))
        .contains(new UnsubscribeByMail(token, 4711L));
    assertThat(UnsubscribeMail.requestIn("afmelden " + link))
        .contains(new UnsubscribeByMail(token, null));
    assertThat(UnsubscribeMail.requestIn("Re: afmelden")).isEmpty();
    assertThat(UnsubscribeMail.requestIn("Vraag over token=" + token)).isEmpty();
  }

  private static final String HEADERS_PART =
      """
      Content-Type: text/rfc822-headers

      Return-Path: <bounces@burgernet.nl>
      Message-ID: <Xy3k9QpL0aBcDeFgHiJkLm@burgernet.nl>
      From: Burgernet <noreply@burgernet.nl>
      To: jan@example.nl
      Subject: Vermist meisje
      """;

  private static String dsn(String action, String status, String returnedPart) {
    return """
        From: MAILER-DAEMON@mx.example.nl (Mail Delivery System)
        To: bounces@burgernet.nl
        Subject: Undelivered Mail Returned to Sender
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

        --BOUNDARY
        Content-Type: text/plain; charset=us-ascii

        I'm sorry to have to inform you that your message could not be delivered.

        --BOUNDARY
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.nl
        Arrival-Date: Sun, 22 Nov 2026 17:00:00 +0100

        Final-Recipient: rfc822; Jan@Example.nl
        Original-Recipient: rfc822;jan@example.nl
        Action: %s
        Status: %s
        Diagnostic-Code: smtp; 550 5.1.1 <jan@example.nl>: Recipient address
            rejected: User unknown

        --BOUNDARY
        %s
        --BOUNDARY--
        """
        .formatted(action, status, returnedPart);
  }

  private static MimeMessage mail(String raw) throws Exception {
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)));
  }
}

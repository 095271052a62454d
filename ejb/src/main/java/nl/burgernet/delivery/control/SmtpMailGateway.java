package nl.burgernet.delivery.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.StreamProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.burgernet.delivery.entity.MailMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMTP adapter of the {@link MailGateway}, configured from the environment at run time. It
 * personalises each mail, sends the HTML alternative as {@code multipart/alternative}, and gives
 * every mail to a participant the RFC 8058 one-click unsubscribe headers.
 *
 * <p>Bounces are matched by Message-ID: every mail gets a random, unguessable one, which the
 * pipeline stores with the delivery; a bounce (DSN) quotes it in the returned headers. The envelope
 * sender (Return-Path) is the bounce mailbox, one fixed address. That was chosen over VERP (one
 * return address per delivery) because it works with any relay and any mailbox, without
 * sub-addressing or a catch-all, and a forged bounce cannot guess a Message-ID; bounces that quote
 * no headers are matched by the recipient's address instead.
 *
 * <p>Mails sent in the background ({@link #sendAsync}) are built and sent on the gateway's own
 * threads, one per pooled connection, so building the next mails uses the other cores while earlier
 * ones wait for the server's answers.
 */
@ApplicationScoped
public class SmtpMailGateway implements MailGateway {

  @Inject
  @ConfigProperty(name = "burgernet.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "burgernet.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "burgernet.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "burgernet.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "burgernet.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "burgernet.smtp.connections", defaultValue = "4")
  int connections;

  @Inject private OwnMailAddresses ownAddresses;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Creates the sending threads, with the application's context. */
  @Resource private ManagedThreadFactory threads;

  private InternetAddress sender;
  private Optional<String> bounceMailbox;
  private String messageIdDomain;
  private SmtpConnections pool;
  private ExecutorService senders;

  @PostConstruct
  void connectSettings() {
    nameTheStreamProvider();
    sender = ownAddresses.sender();
    bounceMailbox = ownAddresses.bounceMailbox();
    Properties settings = MailSessionSettings.withTimeouts("smtp");
    settings.put("mail.smtp.host", host);
    settings.put("mail.smtp.port", String.valueOf(port));
    settings.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    settings.put("mail.smtp.starttls.required", String.valueOf(startTls));
    // a relay that stops reading must fail the delivery too, not only one that stops answering
    settings.put("mail.smtp.writetimeout", "30000");
    // closing a dropped connection must not wait for the relay's answer to QUIT
    settings.put("mail.smtp.quitwait", "false");
    bounceMailbox.ifPresent(address -> settings.put("mail.smtp.from", address));
    boolean authenticated = user.filter(u -> !u.isBlank()).isPresent();
    settings.put("mail.smtp.auth", String.valueOf(authenticated));
    Session session =
        authenticated
            ? Session.getInstance(
                settings,
                new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                  }
                })
            : Session.getInstance(settings);
    messageIdDomain = sender.getAddress().substring(sender.getAddress().indexOf('@') + 1);
    pool = new SmtpConnections(session, connections);
    senders = Executors.newFixedThreadPool(connections, threads);
  }

  /**
   * Jakarta Mail 2.1 looks its {@link StreamProvider} up through the ServiceLoader for every body
   * part it creates and for every part it encodes: a scan of the application's jars that took 41 %
   * of the application's CPU time while it sent a newsletter (JFR profile of the delivery
   * benchmark). The lookup reads a system property first; naming the provider found once there
   * turns every later lookup into the loading of an already loaded class.
   */
  private static void nameTheStreamProvider() {
    System.getProperties()
        .putIfAbsent(
            StreamProvider.class.getName(), StreamProvider.provider().getClass().getName());
  }

  @PreDestroy
  void disconnect() {
    senders.shutdown();
    pool.close();
  }

  @Override
  public CompletableFuture<String> sendAsync(MailMessage message) {
    return CompletableFuture.supplyAsync(() -> send(message), senders);
  }

  @Override
  public String send(MailMessage message) {
    MailMessage mail = message.personalised();
    String messageId = newMessageId();
    try {
      pool.send(mime(mail, messageId));
      return messageId;
    } catch (SendFailedException e) {
      Address[] invalid = e.getInvalidAddresses();
      if (invalid != null && invalid.length > 0) {
        throw new IllegalArgumentException("mail server refused the address: " + e.getMessage(), e);
      }
      throw new IllegalStateException("mail server did not accept the message now", e);
    } catch (MessagingException e) {
      throw new IllegalStateException("mail server did not accept the message", e);
    }
  }

  private MimeMessage mime(MailMessage mail, String messageId) throws MessagingException {
    MimeMessage mime = new IdentifiedMimeMessage(messageId);
    mime.setFrom(sender);
    try {
      mime.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
    } catch (AddressException e) {
      throw new IllegalArgumentException("not a mail address: " + e.getMessage(), e);
    }
    mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    if (mail.html() == null) {
      mime.setText(mail.body(), StandardCharsets.UTF_8.name());
      quotedPrintable(mime);
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name());
      quotedPrintable(text);
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
      quotedPrintable(html);
      // RFC 2046: the alternatives in increasing order of preference, plain text first
      MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
      mime.setContent(alternatives);
    }
    if (mail.isUnsubscribable()) {
      mime.setHeader("List-Unsubscribe", listUnsubscribe(mail.unsubscribeLink()));
      mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    mime.setSentDate(new Date());
    mime.saveChanges();
    return mime;
  }

  /**
   * Dutch text is mostly ASCII with a few accents: quoted-printable keeps it readable and short.
   * Saying so spares Jakarta Mail a pass over every body to choose an encoding, for each of the
   * hundreds of thousands of mails of a newsletter.
   */
  private static void quotedPrintable(MimePart part) throws MessagingException {
    part.setHeader("Content-Transfer-Encoding", "quoted-printable");
  }

  /**
   * RFC 2369 and 8058: the https link takes the one-click POST; the mailto reaches the bounce
   * mailbox, whose intake unsubscribes the link's participant.
   */
  private String listUnsubscribe(String link) {
    String https = "<" + link + ">";
    return bounceMailbox
        .map(
            address ->
                https
                    + ", <mailto:"
                    + address
                    + "?subject="
                    + URLEncoder.encode(UnsubscribeMail.SUBJECT + link, StandardCharsets.UTF_8)
                        .replace("+", "%20")
                    + ">")
        .orElse(https);
  }

  private String newMessageId() {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "@" + messageIdDomain;
  }

  /** A MIME message that keeps the Message-ID it was given when its headers are updated. */
  private static final class IdentifiedMimeMessage extends MimeMessage {

    private final String messageId;

    IdentifiedMimeMessage(String messageId) {
      super((Session) null);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", "<" + messageId + ">");
    }
  }
}

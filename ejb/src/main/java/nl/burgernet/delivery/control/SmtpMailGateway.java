package nl.burgernet.delivery.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import nl.burgernet.delivery.entity.MailMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** SMTP adapter of the {@link MailGateway}, configured from the environment at run time. */
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
  @ConfigProperty(name = "burgernet.mail.from", defaultValue = "Burgernet <noreply@burgernet.nl>")
  String from;

  private Session session;

  @PostConstruct
  void connectSettings() {
    Properties settings = new Properties();
    settings.put("mail.smtp.host", host);
    settings.put("mail.smtp.port", String.valueOf(port));
    settings.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    settings.put("mail.smtp.starttls.required", String.valueOf(startTls));
    // a hanging relay must fail the delivery so the broker retries, not block a consumer forever
    settings.put("mail.smtp.connectiontimeout", "10000");
    settings.put("mail.smtp.timeout", "30000");
    settings.put("mail.smtp.writetimeout", "30000");
    boolean authenticated = user.filter(u -> !u.isBlank()).isPresent();
    settings.put("mail.smtp.auth", String.valueOf(authenticated));
    session =
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
  }

  @Override
  public void send(MailMessage message) {
    try {
      MimeMessage mime = new MimeMessage(session);
      mime.setFrom(new InternetAddress(from));
      mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
      mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      mime.setText(message.body(), StandardCharsets.UTF_8.name());
      mime.setSentDate(new Date());
      Transport.send(mime);
    } catch (MessagingException e) {
      throw new IllegalStateException("mail server did not accept the message", e);
    }
  }
}

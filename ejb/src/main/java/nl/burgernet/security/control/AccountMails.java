package nl.burgernet.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.security.entity.StaffAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mails a staff member gets about their own account, in Dutch. */
@ApplicationScoped
public class AccountMails {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("nl.burgernet.security.control.AccountMails", DUTCH);

  @Inject private Outbox outbox;

  @Inject
  @ConfigProperty(name = "burgernet.public.base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  @Inject
  @ConfigProperty(name = "burgernet.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  public void sendWelcome(StaffAccount account) {
    send(account, "welcome", account.getDisplayName(), account.getUsername(), publicBaseUrl);
  }

  public void sendLockNotice(StaffAccount account) {
    send(account, "locked", account.getDisplayName(), lockMinutes, publicBaseUrl);
  }

  private void send(StaffAccount account, String kind, Object... arguments) {
    outbox.post(
        new MailMessage(
            account.getEmail(),
            TEXTS.getString(kind + ".subject"),
            new MessageFormat(TEXTS.getString(kind + ".body"), DUTCH).format(arguments)));
  }
}

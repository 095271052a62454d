package nl.burgernet.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's own mail addresses, configured at run time: the sender of its mails, and the
 * bounce mailbox that receives both the bounces and the unsubscribe mails.
 */
@ApplicationScoped
public class OwnMailAddresses {

  @Inject
  @ConfigProperty(name = "burgernet.mail.from", defaultValue = "Burgernet <noreply@burgernet.nl>")
  String from;

  @Inject
  @ConfigProperty(name = "burgernet.bounce.address")
  Optional<String> bounceAddress;

  /**
   * The From of every mail.
   *
   * @throws IllegalStateException when the configured sender is no mail address
   */
  public InternetAddress sender() {
    try {
      return new InternetAddress(from);
    } catch (AddressException e) {
      throw new IllegalStateException("burgernet.mail.from is no mail address", e);
    }
  }

  /** The bounce mailbox's address, where one is configured. */
  public Optional<String> bounceMailbox() {
    return bounceAddress.filter(address -> !address.isBlank()).map(String::strip);
  }
}

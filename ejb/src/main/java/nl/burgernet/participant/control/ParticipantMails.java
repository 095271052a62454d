package nl.burgernet.participant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.participant.entity.Participant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mails a citizen gets about their registration, in Dutch, through the outbound port. */
@ApplicationScoped
public class ParticipantMails {

  /** The public page that confirms a registration; the token follows as parameter. */
  public static final String CONFIRMATION_PAGE = "/bevestigen.xhtml?token=";

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final DateTimeFormatter DUTCH_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH)
          .withZone(ZoneId.of("Europe/Amsterdam"));

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("nl.burgernet.participant.control.ParticipantMails", DUTCH);

  @Inject private Outbox outbox;

  @Inject
  @ConfigProperty(name = "burgernet.public.base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  public void sendConfirmationRequest(Participant participant, String token, Instant expiresAt) {
    String link = stripSlash(publicBaseUrl) + CONFIRMATION_PAGE + token;
    send(participant, "confirm", participant.getName(), link, DUTCH_TIME.format(expiresAt));
  }

  public void sendRejection(Participant participant, String reason) {
    send(participant, "rejected", participant.getName(), reason);
  }

  private void send(Participant participant, String kind, Object... arguments) {
    participant
        .getEmail()
        .ifPresent(
            email ->
                outbox.post(
                    new MailMessage(
                        email.value(),
                        TEXTS.getString(kind + ".subject"),
                        new MessageFormat(TEXTS.getString(kind + ".body"), DUTCH)
                            .format(arguments))));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}

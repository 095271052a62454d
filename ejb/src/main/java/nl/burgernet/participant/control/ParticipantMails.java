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
import nl.burgernet.participant.entity.UnsubscribeLinks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails a citizen gets about their registration and their own data, in Dutch, through the
 * outbound port. Every mail carries the participant's unsubscribe link.
 */
@ApplicationScoped
public class ParticipantMails {

  /** The public page that confirms a registration; the token follows as parameter. */
  public static final String CONFIRMATION_PAGE = "/bevestigen.xhtml?token=";

  /** The public self-service page; the magic link's token follows as parameter. */
  public static final String SELF_SERVICE_PAGE = "/mijn-gegevens.xhtml?token=";

  /** The public page that unsubscribes in one click; the unsubscribe token follows. */
  public static final String UNSUBSCRIBE_PAGE = UnsubscribeLinks.PAGE;

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
    send(participant, "confirm", link, DUTCH_TIME.format(expiresAt));
  }

  public void sendRejection(Participant participant, String reason) {
    send(participant, "rejected", reason);
  }

  public void sendSelfServiceLink(Participant participant, String token, Instant expiresAt) {
    String link = stripSlash(publicBaseUrl) + SELF_SERVICE_PAGE + token;
    send(participant, "selfService", link, DUTCH_TIME.format(expiresAt));
  }

  public void sendUnsubscribed(Participant participant) {
    send(participant, "unsubscribed");
  }

  public void sendAddressChangeApproved(Participant participant) {
    send(participant, "addressApproved");
  }

  public void sendAddressChangeRejected(Participant participant, String reason) {
    send(participant, "addressRejected", reason);
  }

  /** The participant's one-click unsubscribe link, for every message sent to them. */
  public String unsubscribeLink(Participant participant) {
    return UnsubscribeLinks.of(publicBaseUrl, participant.getUnsubscribeToken());
  }

  /** Formats the mail with {0} the name, {1} the unsubscribe link, then the arguments given. */
  private void send(Participant participant, String kind, Object... details) {
    Object[] arguments = new Object[details.length + 2];
    arguments[0] = participant.getName();
    arguments[1] = unsubscribeLink(participant);
    System.arraycopy(details, 0, arguments, 2, details.length);
    participant
        .getReachableEmail()
        .ifPresent(
            email ->
                outbox.post(
                    new MailMessage(
                            email.value(),
                            TEXTS.getString(kind + ".subject"),
                            new MessageFormat(TEXTS.getString(kind + ".body"), DUTCH)
                                .format(arguments))
                        .toParticipant(participant.getName(), unsubscribeLink(participant))));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}

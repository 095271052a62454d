package nl.burgernet.participant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantMailKind;
import nl.burgernet.participant.entity.ParticipantMailKind.Placeholders;
import nl.burgernet.participant.entity.UnsubscribeLinks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails a citizen gets about their registration and their own data, in Dutch, through the
 * outbound port, in the text of the participant's region where it wrote its own ({@link
 * MailTexts}). Every mail carries the participant's unsubscribe link.
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

  @Inject private Outbox outbox;

  @Inject private MailTexts texts;

  @Inject
  @ConfigProperty(name = "burgernet.public.base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  public void sendConfirmationRequest(Participant participant, String token, Instant expiresAt) {
    String link = stripSlash(publicBaseUrl) + CONFIRMATION_PAGE + token;
    send(
        participant,
        ParticipantMailKind.CONFIRM,
        Map.of(Placeholders.LINK, link, Placeholders.VALID_UNTIL, DUTCH_TIME.format(expiresAt)));
  }

  public void sendRejection(Participant participant, String reason) {
    send(participant, ParticipantMailKind.REJECTED, Map.of(Placeholders.REASON, reason));
  }

  public void sendSelfServiceLink(Participant participant, String token, Instant expiresAt) {
    String link = stripSlash(publicBaseUrl) + SELF_SERVICE_PAGE + token;
    send(
        participant,
        ParticipantMailKind.SELF_SERVICE,
        Map.of(Placeholders.LINK, link, Placeholders.VALID_UNTIL, DUTCH_TIME.format(expiresAt)));
  }

  public void sendUnsubscribed(Participant participant) {
    send(participant, ParticipantMailKind.UNSUBSCRIBED, Map.of());
  }

  public void sendAddressChangeApproved(Participant participant) {
    send(participant, ParticipantMailKind.ADDRESS_APPROVED, Map.of());
  }

  public void sendAddressChangeRejected(Participant participant, String reason) {
    send(participant, ParticipantMailKind.ADDRESS_REJECTED, Map.of(Placeholders.REASON, reason));
  }

  /** The participant's one-click unsubscribe link, for every message sent to them. */
  public String unsubscribeLink(Participant participant) {
    return UnsubscribeLinks.of(publicBaseUrl, participant.getUnsubscribeToken());
  }

  /**
   * Sends the region's text of the mail (or the default) with the name, the unsubscribe link and
   * the mail's own values filled in.
   */
  private void send(Participant participant, ParticipantMailKind kind, Map<String, String> own) {
    Map<String, String> values = new HashMap<>(own);
    values.put(Placeholders.NAME, participant.getName());
    values.put(Placeholders.UNSUBSCRIBE_LINK, unsubscribeLink(participant));
    MailText text = texts.of(participant.getScopeRegionId(), kind).fill(values);
    participant
        .getReachableEmail()
        .ifPresent(
            email ->
                outbox.post(
                    new MailMessage(email.value(), text.subject(), text.body())
                        .toParticipant(participant.getName(), unsubscribeLink(participant))));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}

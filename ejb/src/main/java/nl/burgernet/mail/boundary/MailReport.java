package nl.burgernet.mail.boundary;

import java.util.OptionalLong;
import nl.burgernet.delivery.entity.SendRequestState;

/**
 * How a sent mail fared: participants reached (mails written), delivered to their mail server, not
 * delivered (refused or given up), still on their way, stopped before sending; of those not
 * delivered, how many came back as bounces; and how many participants left Burgernet through the
 * mail's unsubscribe link; for a Digitaal Buurtonderzoek, how many residents answered; and, only
 * for a mail that went out with an open pixel, how many recipients opened it.
 */
public record MailReport(
    long reached,
    long delivered,
    long notDelivered,
    long bounced,
    long underway,
    long stopped,
    long unsubscribed,
    int percentDone,
    SendRequestState requestState,
    long answers,
    OptionalLong opened) {

  public boolean isSending() {
    return requestState == SendRequestState.SENDING;
  }

  /** Whether the mail's opens were counted (its region had it on when it went out). */
  public boolean opensCounted() {
    return opened.isPresent();
  }
}

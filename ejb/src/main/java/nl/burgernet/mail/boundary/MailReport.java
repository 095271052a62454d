package nl.burgernet.mail.boundary;

import nl.burgernet.delivery.entity.SendRequestState;

/**
 * How a sent mail fared: participants reached (mails written), delivered to their mail server, not
 * delivered (refused or given up), still on their way, stopped before sending.
 */
public record MailReport(
    long reached,
    long delivered,
    long notDelivered,
    long underway,
    long stopped,
    int percentDone,
    SendRequestState requestState) {

  public boolean isSending() {
    return requestState == SendRequestState.SENDING;
  }
}

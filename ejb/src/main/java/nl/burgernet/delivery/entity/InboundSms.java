package nl.burgernet.delivery.entity;

import java.util.Objects;

/**
 * Event: someone sent an SMS to one of our numbers, for example a participant replying to an
 * action.
 *
 * @param from the sender's number as the SMS centre gives it
 * @param to our number or short code it was sent to
 * @param text what was written
 */
public record InboundSms(String from, String to, String text) {

  public InboundSms {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
  }
}

package nl.burgernet.localpeers;

import java.util.List;

/**
 * A whole message the local SMSC received: a single submit_sm, or every segment of a concatenated
 * text joined in order.
 *
 * @param destination the recipient address as submitted (international numbers without '+')
 * @param dataCoding the data_coding of its segments: 0 GSM-7, 8 UCS-2, ...
 * @param segments the submit_sm it arrived in, in segment order
 * @param text the whole text
 */
public record ReceivedSms(
    String destination, int dataCoding, List<SubmittedSms> segments, String text) {

  public ReceivedSms {
    segments = List.copyOf(segments);
  }

  /** The recipient as an E.164 number, as the application addresses it. */
  public String e164Destination() {
    return destination.startsWith("+") ? destination : "+" + destination;
  }
}

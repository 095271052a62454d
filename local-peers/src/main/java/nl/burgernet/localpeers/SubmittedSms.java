package nl.burgernet.localpeers;

import java.time.Instant;
import java.util.Optional;

/**
 * One submit_sm the local SMSC accepted: one segment of a message.
 *
 * @param messageId the id the SMSC answered with (and puts in the delivery receipt)
 * @param source the sender address as submitted
 * @param destination the recipient address as submitted (international numbers without '+')
 * @param dataCoding the data_coding byte: 0 GSM-7, 8 UCS-2, ...
 * @param concatenation the concatenation header of a segment of a longer text, if any
 * @param text the decoded text of this segment, without header
 * @param deliveryReceiptRequested whether the sender asked for a delivery receipt
 * @param receivedAt when the SMSC accepted it
 */
public record SubmittedSms(
    String messageId,
    String source,
    String destination,
    int dataCoding,
    Optional<Concatenation> concatenation,
    String text,
    boolean deliveryReceiptRequested,
    Instant receivedAt) {

  /**
   * The concatenation information element of the user data header (3GPP TS 23.040 9.2.3.24.1).
   *
   * @param reference the same in every segment of one text
   * @param total how many segments the text has
   * @param number this segment's place, from 1
   */
  public record Concatenation(int reference, int total, int number) {}
}

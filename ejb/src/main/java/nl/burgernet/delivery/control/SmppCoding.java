package nl.burgernet.delivery.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.burgernet.delivery.entity.Gsm7;
import nl.burgernet.delivery.entity.SmsAlphabet;
import nl.burgernet.delivery.entity.SmsText;

/**
 * How an {@link SmsText} travels in SMPP short_message fields and back: GSM-7 as unpacked septets
 * under data_coding 0, UCS-2 as UTF-16BE under data_coding 8, and every segment of a longer text
 * behind a concatenation header (UDH, esm_class bit 0x40).
 */
final class SmppCoding {

  static final byte DATA_CODING_GSM_7 = 0x00;
  static final byte DATA_CODING_LATIN_1 = 0x03;
  static final byte DATA_CODING_UCS_2 = 0x08;

  /** esm_class bit: the short message starts with a user data header. */
  static final byte UDH_INDICATOR = 0x40;

  /** Information element "concatenated short messages, 8-bit reference" (3GPP TS 23.040). */
  private static final byte CONCATENATION_8_BIT = 0x00;

  private SmppCoding() {}

  static byte dataCoding(SmsAlphabet alphabet) {
    return alphabet == SmsAlphabet.GSM_7 ? DATA_CODING_GSM_7 : DATA_CODING_UCS_2;
  }

  /**
   * The short_message of each segment, in order. Segments of a text with more than one carry the
   * header {@code 05 00 03 reference total number}.
   *
   * @param reference the same for all segments of this text, so the handset joins them
   */
  static List<byte[]> shortMessages(SmsText text, int reference) {
    List<String> segments = text.segments();
    List<byte[]> messages = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      byte[] payload = encode(segments.get(i), text.alphabet());
      if (segments.size() == 1) {
        messages.add(payload);
        continue;
      }
      byte[] message = new byte[6 + payload.length];
      message[0] = 5;
      message[1] = CONCATENATION_8_BIT;
      message[2] = 3;
      message[3] = (byte) reference;
      message[4] = (byte) segments.size();
      message[5] = (byte) (i + 1);
      System.arraycopy(payload, 0, message, 6, payload.length);
      messages.add(message);
    }
    return messages;
  }

  /** Reads a short_message as sent by the SMS centre (deliver_sm), without its header. */
  static String decode(byte dataCoding, byte esmClass, byte[] shortMessage) {
    byte[] payload = shortMessage == null ? new byte[0] : shortMessage;
    if ((esmClass & UDH_INDICATOR) != 0 && payload.length > 0) {
      int headerLength = 1 + (payload[0] & 0xFF);
      payload = Arrays.copyOfRange(payload, Math.min(headerLength, payload.length), payload.length);
    }
    return switch (dataCoding & 0x0F) {
      case DATA_CODING_UCS_2 -> new String(payload, StandardCharsets.UTF_16BE);
      case DATA_CODING_LATIN_1 -> new String(payload, StandardCharsets.ISO_8859_1);
      default -> Gsm7.decode(payload);
    };
  }

  private static byte[] encode(String segment, SmsAlphabet alphabet) {
    return alphabet == SmsAlphabet.GSM_7
        ? Gsm7.encode(segment)
        : segment.getBytes(StandardCharsets.UTF_16BE);
  }
}

package nl.burgernet.localpeers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes short_message bytes as an SMS centre does: data_coding 0 as unpacked GSM 7-bit
 * septets (3GPP TS 23.038, with the extension table), 8 as UCS-2/UTF-16BE, 3 as Latin-1, 1 as
 * ASCII. The local SMSC stands in for an operator's, so it keeps its own table rather than sharing
 * the application's.
 */
final class SmsAlphabets {

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENSION_CHARACTERS = "\f^{}\\[~]|€";
  private static final int[] GSM_EXTENSION_SEPTETS = {
    0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65
  };
  private static final int ESCAPE = 0x1B;

  private SmsAlphabets() {}

  static String decode(int dataCoding, byte[] payload) {
    return switch (dataCoding & 0x0F) {
      case 0x08 -> new String(payload, StandardCharsets.UTF_16BE);
      case 0x03 -> new String(payload, StandardCharsets.ISO_8859_1);
      case 0x01 -> new String(payload, StandardCharsets.US_ASCII);
      default -> decodeGsm7(payload);
    };
  }

  /** Whether the text can go as GSM-7; otherwise it goes as UCS-2. */
  static boolean fitsGsm7(String text) {
    return text.chars()
        .allMatch(
            c ->
                (GSM_BASIC.indexOf(c) >= 0 && c != ESCAPE)
                    || GSM_EXTENSION_CHARACTERS.indexOf(c) >= 0);
  }

  static byte[] encodeGsm7(String text) {
    ByteArrayOutputStream septets = new ByteArrayOutputStream(text.length() + 8);
    for (char c : text.toCharArray()) {
      int basic = GSM_BASIC.indexOf(c);
      if (basic >= 0 && basic != ESCAPE) {
        septets.write(basic);
      } else {
        int extension = GSM_EXTENSION_CHARACTERS.indexOf(c);
        if (extension < 0) {
          throw new IllegalArgumentException("not in GSM-7: " + c);
        }
        septets.write(ESCAPE);
        septets.write(GSM_EXTENSION_SEPTETS[extension]);
      }
    }
    return septets.toByteArray();
  }

  private static String decodeGsm7(byte[] septets) {
    StringBuilder text = new StringBuilder(septets.length);
    for (int i = 0; i < septets.length; i++) {
      int septet = septets[i] & 0x7F;
      if (septet == ESCAPE && i + 1 < septets.length) {
        int extension = septets[++i] & 0x7F;
        char decoded = ' ';
        for (int e = 0; e < GSM_EXTENSION_SEPTETS.length; e++) {
          if (GSM_EXTENSION_SEPTETS[e] == extension) {
            decoded = GSM_EXTENSION_CHARACTERS.charAt(e);
          }
        }
        text.append(decoded);
      } else if (septet != ESCAPE) {
        text.append(GSM_BASIC.charAt(septet));
      }
    }
    return text.toString();
  }
}

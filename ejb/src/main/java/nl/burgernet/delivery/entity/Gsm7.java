package nl.burgernet.delivery.entity;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038), one septet a byte as
 * SMPP carries it (data_coding 0, unpacked). A character of the extension table costs two septets:
 * the escape septet and its own.
 */
public final class Gsm7 {

  /** The escape septet that announces a character of the extension table. */
  public static final int ESCAPE = 0x1B;

  /** Septet value to character; position 0x1B is the escape and stands for no character. */
  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  private static final String EXTENSION_CHARACTERS = "\f^{}\\[~]|€";
  private static final int[] EXTENSION_SEPTETS = {
    0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65
  };

  private Gsm7() {}

  /** Septets the character costs: 1 (basic table), 2 (extension table) or 0 (not in GSM-7). */
  public static int septets(char character) {
    if (basicSeptet(character) >= 0) {
      return 1;
    }
    return EXTENSION_CHARACTERS.indexOf(character) >= 0 ? 2 : 0;
  }

  /** Whether every character of the text is in the default alphabet or its extension table. */
  public static boolean canEncode(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (septets(text.charAt(i)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Septets the whole text costs; refuses text outside GSM-7. */
  public static int septetCount(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      int septets = septets(text.charAt(i));
      if (septets == 0) {
        throw new IllegalArgumentException(
            "not in the GSM 7-bit alphabet: U+" + codePoint(text, i));
      }
      count += septets;
    }
    return count;
  }

  /** One septet a byte (unpacked), as SMPP's data_coding 0 carries it. */
  public static byte[] encode(CharSequence text) {
    ByteArrayOutputStream septets = new ByteArrayOutputStream(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char character = text.charAt(i);
      int basic = basicSeptet(character);
      if (basic >= 0) {
        septets.write(basic);
        continue;
      }
      int extension = EXTENSION_CHARACTERS.indexOf(character);
      if (extension < 0) {
        throw new IllegalArgumentException(
            "not in the GSM 7-bit alphabet: U+" + codePoint(text, i));
      }
      septets.write(ESCAPE);
      septets.write(EXTENSION_SEPTETS[extension]);
    }
    return septets.toByteArray();
  }

  /** Reads unpacked septets; an unknown extension septet becomes a space, as handsets show it. */
  public static String decode(byte[] septets) {
    StringBuilder text = new StringBuilder(septets.length);
    for (int i = 0; i < septets.length; i++) {
      int septet = septets[i] & 0x7F;
      if (septet == ESCAPE && i + 1 < septets.length) {
        int extension = septets[++i] & 0x7F;
        text.append(extensionCharacter(extension));
      } else if (septet != ESCAPE) {
        text.append(BASIC.charAt(septet));
      }
    }
    return text.toString();
  }

  private static int basicSeptet(char character) {
    int index = BASIC.indexOf(character);
    return index == ESCAPE ? -1 : index;
  }

  private static char extensionCharacter(int septet) {
    for (int i = 0; i < EXTENSION_SEPTETS.length; i++) {
      if (EXTENSION_SEPTETS[i] == septet) {
        return EXTENSION_CHARACTERS.charAt(i);
      }
    }
    return ' ';
  }

  private static String codePoint(CharSequence text, int index) {
    return Integer.toHexString(Character.codePointAt(text, index)).toUpperCase();
  }
}

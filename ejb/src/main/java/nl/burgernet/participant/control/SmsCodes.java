package nl.burgernet.participant.control;

import java.security.SecureRandom;

/**
 * Short numeric codes sent by SMS to confirm a registration: six digits people can type from their
 * phone. A code alone is easy to guess, so its hash is salted with the registration's reference and
 * the tries are limited.
 */
public final class SmsCodes {

  public static final int LENGTH = 6;

  private static final SecureRandom RANDOM = new SecureRandom();

  private SmsCodes() {}

  public static String newCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  public static String hash(String reference, String code) {
    return ConfirmationTokens.hash(reference + ":" + code);
  }

  /** Whether a text can be a code at all; spaces people type between the digits are allowed. */
  public static boolean looksLikeCode(String text) {
    return text != null && normalised(text).matches("[0-9]{" + LENGTH + "}");
  }

  public static String normalised(String text) {
    return text.replace(" ", "").strip();
  }
}

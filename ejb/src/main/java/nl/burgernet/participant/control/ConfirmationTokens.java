package nl.burgernet.participant.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Single-use tokens for confirmation links, self-service links and sessions: 32 random bytes,
 * URL-safe. Only their SHA-256 is stored, so someone who reads the database can neither confirm
 * anyone's registration nor open anyone's data.
 */
public final class ConfirmationTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  private ConfirmationTokens() {}

  public static String newToken() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The hex SHA-256 of the token as it is stored. */
  public static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Whether a text can be a token at all, before it is looked up. */
  public static boolean looksLikeToken(String text) {
    return text != null && text.matches("[A-Za-z0-9_-]{43}");
  }
}

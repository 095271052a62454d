package nl.burgernet.delivery.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The personal link in a message that asks its recipient something (a Digitaal Buurtonderzoek): it
 * names the delivery the message came with and a code only the recipient's message carries. The
 * code is an HMAC of the delivery id keyed with the participant's secret unsubscribe token, so no
 * link has to be stored for each of many thousands of deliveries, ids cannot be tried in turn, and
 * the code does not give away the unsubscribe token.
 */
public final class AnswerLinks {

  /** The public form; the delivery and the code follow. */
  public static final String PAGE = "/buurtonderzoek.xhtml";

  public static final String DELIVERY = "bericht";

  public static final String CODE = "code";

  private static final String ALGORITHM = "HmacSHA256";

  private AnswerLinks() {}

  /**
   * @param publicBaseUrl the address users reach, with or without a trailing slash
   */
  public static String of(String publicBaseUrl, String unsubscribeToken, long deliveryId) {
    String base =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
    return base
        + PAGE
        + "?"
        + DELIVERY
        + "="
        + deliveryId
        + "&"
        + CODE
        + "="
        + code(unsubscribeToken, deliveryId);
  }

  /** Whether the code is the one the delivery's message carried; compared in constant time. */
  public static boolean matches(String unsubscribeToken, long deliveryId, String code) {
    return code != null
        && MessageDigest.isEqual(
            code(unsubscribeToken, deliveryId).getBytes(StandardCharsets.US_ASCII),
            code.getBytes(StandardCharsets.US_ASCII));
  }

  static String code(String unsubscribeToken, long deliveryId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(unsubscribeToken.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      byte[] digest = mac.doFinal(("answer:" + deliveryId).getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
    }
  }
}

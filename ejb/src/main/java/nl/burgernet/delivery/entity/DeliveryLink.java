package nl.burgernet.delivery.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A personal link in the message of one delivery: it names the delivery and carries a code only
 * that delivery's message has. The code is an HMAC of the link's purpose and the delivery id keyed
 * with the participant's secret unsubscribe token, so no link has to be stored for each of many
 * thousands of deliveries, ids cannot be tried in turn, a code for one purpose opens nothing else,
 * and the code does not give away the unsubscribe token.
 */
public final class DeliveryLink {

  /** The public form of a Digitaal Buurtonderzoek. */
  public static final String ANSWER_PAGE = "/buurtonderzoek.xhtml";

  /** The open pixel of a mail of a region that counts opens. */
  public static final String OPEN_PIXEL_PAGE = "/burgernetmail/geopend";

  /** The link to the recipient's own Buurtonderzoek form. */
  public static final DeliveryLink ANSWER = new DeliveryLink(ANSWER_PAGE, "answer");

  /** The address of the pixel that tells a delivery's mail was opened. */
  public static final DeliveryLink OPEN_PIXEL = new DeliveryLink(OPEN_PIXEL_PAGE, "open");

  public static final String DELIVERY = "bericht";

  public static final String CODE = "code";

  private static final String ALGORITHM = "HmacSHA256";

  private final String page;
  private final String purpose;

  private DeliveryLink(String page, String purpose) {
    this.page = page;
    this.purpose = purpose;
  }

  /**
   * @param publicBaseUrl the address users reach, with or without a trailing slash
   */
  public String of(String publicBaseUrl, String unsubscribeToken, long deliveryId) {
    String base =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
    return base
        + page
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
  public boolean matches(String unsubscribeToken, long deliveryId, String code) {
    return code != null
        && MessageDigest.isEqual(
            code(unsubscribeToken, deliveryId).getBytes(StandardCharsets.US_ASCII),
            code.getBytes(StandardCharsets.US_ASCII));
  }

  String code(String unsubscribeToken, long deliveryId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(unsubscribeToken.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      byte[] digest = mac.doFinal((purpose + ":" + deliveryId).getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
    }
  }
}

package nl.burgernet.action.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a webhook endpoint checks: HMAC-SHA256 with the endpoint's secret over the
 * timestamp header's value, a dot and the body ({@code "<timestamp>.<body>"}), hex, as {@code
 * sha256=<hex>}. Signing the timestamp too lets the receiver refuse an old request played again.
 */
public final class WebhookSignature {

  public static final String SIGNATURE_HEADER = "X-Burgernet-Signature";
  public static final String TIMESTAMP_HEADER = "X-Burgernet-Timestamp";
  public static final String DELIVERY_HEADER = "X-Burgernet-Delivery";

  private WebhookSignature() {}

  /**
   * @param timestamp seconds since the epoch, as sent in the timestamp header
   */
  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java platform has HmacSHA256", e);
    }
  }
}

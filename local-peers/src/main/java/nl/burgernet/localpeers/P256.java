package nl.burgernet.localpeers;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** NIST P-256 keys as Web Push writes them: uncompressed points and base64url without padding. */
final class P256 {

  private static final int COORDINATE_BYTES = 32;

  private P256() {}

  static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java has P-256", e);
    }
  }

  /** 0x04, x, y: 65 bytes. */
  static byte[] uncompressed(ECPublicKey key) {
    byte[] point = new byte[1 + 2 * COORDINATE_BYTES];
    point[0] = 0x04;
    System.arraycopy(unsigned(key.getW().getAffineX()), 0, point, 1, COORDINATE_BYTES);
    System.arraycopy(
        unsigned(key.getW().getAffineY()), 0, point, 1 + COORDINATE_BYTES, COORDINATE_BYTES);
    return point;
  }

  static ECPublicKey publicKey(byte[] uncompressed) {
    if (uncompressed.length != 1 + 2 * COORDINATE_BYTES || uncompressed[0] != 0x04) {
      throw new IllegalArgumentException("not an uncompressed P-256 point");
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 1 + COORDINATE_BYTES));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(uncompressed, 1 + COORDINATE_BYTES, 65));
    try {
      ECParameterSpec curve = ((ECPublicKey) newKeyPair().getPublic()).getParams();
      return (ECPublicKey)
          KeyFactory.getInstance("EC")
              .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), curve));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a point on P-256", e);
    }
  }

  /** The number as exactly 32 bytes, big-endian. */
  static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] fixed = new byte[COORDINATE_BYTES];
    int length = Math.min(bytes.length, COORDINATE_BYTES);
    System.arraycopy(bytes, bytes.length - length, fixed, COORDINATE_BYTES - length, length);
    return fixed;
  }

  static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] fromBase64Url(String text) {
    return Base64.getUrlDecoder().decode(text.strip().replace("=", ""));
  }
}

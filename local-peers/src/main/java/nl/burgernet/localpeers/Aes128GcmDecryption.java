package nl.burgernet.localpeers;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPrivateKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The user agent's side of Web Push message encryption (RFC 8291 with the aes128gcm content coding
 * of RFC 8188), written from the RFCs so that the local push receiver checks the application's
 * library rather than trusting it: the ECDH secret with the sender's key from the header, the auth
 * secret mixed in by HKDF, the content key and nonce, AES-128-GCM, and the padding delimiter. Push
 * messages are one record.
 */
final class Aes128GcmDecryption {

  private static final int SALT_BYTES = 16;
  private static final int TAG_BITS = 128;
  private static final byte LAST_RECORD_DELIMITER = 0x02;

  private Aes128GcmDecryption() {}

  /**
   * @param body the request body as the push service got it
   * @param receiverKey the subscription's private key
   * @param receiverPublic the subscription's public key, uncompressed (p256dh)
   * @param authSecret the subscription's 16-byte auth secret
   * @return the plain text
   * @throws IllegalArgumentException when the body is not a message for these keys
   */
  static byte[] decrypt(
      byte[] body, ECPrivateKey receiverKey, byte[] receiverPublic, byte[] authSecret) {
    try {
      ByteBuffer header = ByteBuffer.wrap(body);
      byte[] salt = new byte[SALT_BYTES];
      header.get(salt);
      int recordSize = header.getInt();
      byte[] senderPublic = new byte[Byte.toUnsignedInt(header.get())];
      header.get(senderPublic);
      byte[] record = Arrays.copyOfRange(body, header.position(), body.length);
      if (record.length > recordSize) {
        throw new IllegalArgumentException("more than one record in a push message");
      }
      KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
      ecdh.init(receiverKey);
      ecdh.doPhase(P256.publicKey(senderPublic), true);
      byte[] keyInfo =
          concat(
              "WebPush: info\0".getBytes(StandardCharsets.US_ASCII), receiverPublic, senderPublic);
      byte[] ikm = hkdf(authSecret, ecdh.generateSecret(), keyInfo, 32);
      byte[] contentKey =
          hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
      byte[] nonce =
          hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(contentKey, "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      return unpadded(aes.doFinal(record));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("not a push message for this subscription", e);
    }
  }

  /** Drops the padding: zeros at the end, before them the last record's delimiter. */
  private static byte[] unpadded(byte[] padded) {
    int end = padded.length - 1;
    while (end >= 0 && padded[end] == 0) {
      end--;
    }
    if (end < 0 || padded[end] != LAST_RECORD_DELIMITER) {
      throw new IllegalArgumentException("no last-record delimiter");
    }
    return Arrays.copyOf(padded, end);
  }

  /** HKDF-SHA-256 (RFC 5869) for outputs of at most one hash length. */
  static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length)
      throws GeneralSecurityException {
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(salt, "HmacSHA256"));
    byte[] prk = hmac.doFinal(ikm);
    hmac.init(new SecretKeySpec(prk, "HmacSHA256"));
    hmac.update(info);
    hmac.update((byte) 1);
    return Arrays.copyOf(hmac.doFinal(), length);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    ByteBuffer joined = ByteBuffer.allocate(length);
    for (byte[] part : parts) {
      joined.put(part);
    }
    return joined.array();
  }
}

package nl.burgernet.localpeers;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a push request's {@code Authorization: vapid t=<JWT>, k=<key>} as a push service would
 * (RFC 8292): an ES256 token signed by the key in {@code k}, for the endpoint's origin, not expired
 * and not valid for more than a day, with a contact in {@code sub}; and here also that {@code k} is
 * the application server key the local peers gave the application.
 */
final class VapidToken {

  private static final Pattern HEADER =
      Pattern.compile("vapid\\s+t=([^,\\s]+)\\s*,\\s*k=([^,\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Duration LONGEST_VALIDITY = Duration.ofHours(24);

  private VapidToken() {}

  /**
   * @return the {@code sub} claim (the sender's contact)
   * @throws IllegalArgumentException with the reason the push service would refuse it
   */
  static String verify(String authorization, URI endpoint, String expectedKey, Instant now) {
    Matcher header = HEADER.matcher(authorization == null ? "" : authorization.strip());
    if (!header.matches()) {
      throw new IllegalArgumentException("no vapid authorization");
    }
    String key = header.group(2);
    if (!Arrays.equals(P256.fromBase64Url(key), P256.fromBase64Url(expectedKey))) {
      throw new IllegalArgumentException("signed with another application server key");
    }
    String[] jwt = header.group(1).split("\\.");
    if (jwt.length != 3) {
      throw new IllegalArgumentException("not a JWT");
    }
    if (!"ES256".equals(json(jwt[0]).getString("alg", ""))) {
      throw new IllegalArgumentException("not ES256");
    }
    checkSignature(jwt, P256.fromBase64Url(key));
    JsonObject claims = json(jwt[1]);
    String audience = endpoint.getScheme() + "://" + endpoint.getAuthority();
    if (!audience.equals(claims.getString("aud", ""))) {
      throw new IllegalArgumentException("audience is not " + audience);
    }
    Instant expires = Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue());
    if (!expires.isAfter(now) || expires.isAfter(now.plus(LONGEST_VALIDITY))) {
      throw new IllegalArgumentException("expired or valid for more than 24 hours");
    }
    String subject = claims.getString("sub", "");
    if (!(subject.startsWith("mailto:") || subject.startsWith("https:"))) {
      throw new IllegalArgumentException("no mailto: or https: contact in sub");
    }
    return subject;
  }

  private static void checkSignature(String[] jwt, byte[] publicKey) {
    try {
      byte[] raw = P256.fromBase64Url(jwt[2]);
      if (raw.length != 64) {
        throw new IllegalArgumentException("an ES256 signature is 64 bytes");
      }
      Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
      ecdsa.initVerify(P256.publicKey(publicKey));
      ecdsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
      if (!ecdsa.verify(raw)) {
        throw new IllegalArgumentException("signature does not match");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("signature not readable", e);
    }
  }

  private static JsonObject json(String base64Url) {
    try (JsonReader reader =
        Json.createReader(
            new StringReader(new String(P256.fromBase64Url(base64Url), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a JWT part", e);
    }
  }
}

package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A participant's browser or app that takes Web Push messages (RFC 8030): the push service's
 * endpoint for it, and its P-256 public key and auth secret, which the messages are encrypted for
 * (RFC 8291). A participant has one per device. It validates itself: an absolute http(s) endpoint,
 * a 65-byte uncompressed public key, a 16-byte auth secret, all as the browser's {@code
 * PushSubscription.toJSON()} gives them.
 *
 * <p>Not scoped: only the participant's own session and the push gateway (system scope) read it.
 */
@Entity
@Table(name = "push_subscription")
@NamedQuery(
    name = PushSubscription.OF_PARTICIPANT,
    query = "SELECT s FROM PushSubscription s WHERE s.participantId = :participant ORDER BY s.id")
@NamedQuery(
    name = PushSubscription.BY_ENDPOINT,
    query = "SELECT s FROM PushSubscription s WHERE s.endpointHash = :hash")
public class PushSubscription {

  public static final String OF_PARTICIPANT = "PushSubscription.ofParticipant";
  public static final String BY_ENDPOINT = "PushSubscription.byEndpoint";

  public static final int ENDPOINT_LENGTH = 1000;
  private static final int PUBLIC_KEY_BYTES = 65;
  private static final int AUTH_SECRET_BYTES = 16;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "participant_id", nullable = false, updatable = false)
  private Long participantId;

  @Column(nullable = false, length = ENDPOINT_LENGTH, updatable = false)
  private String endpoint;

  @Column(name = "endpoint_hash", nullable = false, unique = true, length = 64, updatable = false)
  private String endpointHash;

  @Column(nullable = false, length = 100, updatable = false)
  private String p256dh;

  @Column(nullable = false, length = 40, updatable = false)
  private String auth;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected PushSubscription() {}

  /**
   * @throws IllegalArgumentException when the endpoint or a key is not what a browser gives
   */
  public PushSubscription(
      long participantId, String endpoint, String p256dh, String auth, Instant now) {
    this.participantId = participantId;
    this.endpoint = checkedEndpoint(endpoint).toString();
    this.endpointHash = hashOf(this.endpoint);
    this.p256dh = checkedKey(p256dh, PUBLIC_KEY_BYTES, "p256dh");
    this.auth = checkedKey(auth, AUTH_SECRET_BYTES, "auth");
    if (Base64.getUrlDecoder().decode(this.p256dh)[0] != 0x04) {
      throw new IllegalArgumentException("p256dh is not an uncompressed P-256 point");
    }
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** The endpoint as a URI; only http and https, absolute, with a host. */
  public static URI checkedEndpoint(String endpoint) {
    if (endpoint == null || endpoint.isBlank() || endpoint.strip().length() > ENDPOINT_LENGTH) {
      throw new IllegalArgumentException("a push endpoint of at most 1000 characters is needed");
    }
    try {
      URI uri = new URI(endpoint.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        throw new IllegalArgumentException("a push endpoint is an http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("a push endpoint is an http(s) URL", e);
    }
  }

  /** The SHA-256 of the endpoint in hex: what makes a subscription unique. */
  public static String hashOf(String endpoint) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(endpoint.strip().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static String checkedKey(String value, int bytes, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    // browsers give base64url without padding; accept padding and drop it
    String key = value.strip().replace("=", "");
    try {
      if (Base64.getUrlDecoder().decode(key).length != bytes) {
        throw new IllegalArgumentException(what + " must be " + bytes + " bytes");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " must be " + bytes + " bytes of base64url", e);
    }
    return key;
  }

  public Long getId() {
    return id;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public String getP256dh() {
    return p256dh;
  }

  public String getAuth() {
    return auth;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

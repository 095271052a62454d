package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A passwordless way into a participant's own data: the magic link mailed to them (single use) or
 * the short session that link opened. Only the hash of the token is stored, so the store holds
 * nothing that opens anyone's data.
 */
@Entity
@Table(name = "self_service_token")
@NamedQuery(
    name = SelfServiceToken.BY_HASH,
    query = "SELECT t FROM SelfServiceToken t WHERE t.tokenHash = :hash AND t.kind = :kind")
@NamedQuery(
    name = SelfServiceToken.COUNT_SINCE,
    query =
        "SELECT COUNT(t) FROM SelfServiceToken t WHERE t.participant = :participant"
            + " AND t.kind = :kind AND t.createdAt > :since")
public class SelfServiceToken {

  public static final String BY_HASH = "SelfServiceToken.byHash";
  public static final String COUNT_SINCE = "SelfServiceToken.countSince";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private SelfServiceTokenKind kind;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected SelfServiceToken() {}

  public SelfServiceToken(
      Participant participant,
      SelfServiceTokenKind kind,
      String tokenHash,
      Instant now,
      Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("a token lives for some time");
    }
    this.participant = Objects.requireNonNull(participant, "participant");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.tokenHash = Objects.requireNonNull(tokenHash, "token hash");
    this.createdAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** What the token is worth now; only an active participant can be served. */
  public ConfirmationState state(Instant now) {
    if (usedAt != null || !participant.isActive()) {
      return ConfirmationState.USED;
    }
    return now.isBefore(expiresAt) ? ConfirmationState.VALID : ConfirmationState.EXPIRED;
  }

  /** Spends a link, or ends a session; a token is used at most once. */
  public void use(Instant now) {
    if (state(now) != ConfirmationState.VALID) {
      throw new IllegalStateException("the token is used or expired");
    }
    this.usedAt = now;
  }

  public Participant getParticipant() {
    return participant;
  }

  public SelfServiceTokenKind getKind() {
    return kind;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}

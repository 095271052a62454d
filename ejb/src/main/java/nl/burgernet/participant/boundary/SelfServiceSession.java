package nl.burgernet.participant.boundary;

import java.time.Instant;

/**
 * A short self-service session opened by a magic link: the token the participant's page holds (its
 * hash is stored) and when it ends.
 */
public record SelfServiceSession(String token, Instant expiresAt) {

  @Override
  public String toString() {
    return "SelfServiceSession[expiresAt=" + expiresAt + "]";
  }
}

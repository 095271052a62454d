package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What remains of a registration that was never confirmed, so reports can count them after the
 * registration and its personal data are removed.
 */
@Entity
@Table(name = "expired_registration")
public class ExpiredRegistration extends RegistrationTrace {

  @Column(name = "expired_at", nullable = false, updatable = false)
  private Instant expiredAt;

  protected ExpiredRegistration() {}

  /** The anonymous trace of a registration about to be removed. */
  public ExpiredRegistration(Participant removed, Instant now) {
    super(removed);
    this.expiredAt = now;
  }
}

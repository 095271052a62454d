package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What remains of a registration the relation manager rejected, once its retention period is over:
 * also when it was rejected, without anything personal (not even the reason, which may name the
 * applicant), so reports can still count it.
 */
@Entity
@Table(name = "rejected_registration")
public class RejectedRegistration extends RegistrationTrace {

  @Column(name = "rejected_at", nullable = false, updatable = false)
  private Instant rejectedAt;

  @Column(name = "erased_at", nullable = false, updatable = false)
  private Instant erasedAt;

  protected RejectedRegistration() {}

  /** The anonymous trace of a rejected registration about to be erased. */
  public RejectedRegistration(Participant erased, Instant now) {
    super(erased);
    if (erased.getStatus() != ParticipantStatus.REJECTED) {
      throw new IllegalStateException("only a rejected registration leaves this trace");
    }
    this.rejectedAt = erased.getStatusChangedAt();
    this.erasedAt = now;
  }
}

package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * What remains of a registration the relation manager rejected, once its retention period is over:
 * when it came in and was rejected, from where and for which municipality, without anything
 * personal (not even the reason, which may name the applicant), so reports can still count it.
 */
@Entity
@Table(name = "rejected_registration")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
public class RejectedRegistration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "rejected_at", nullable = false, updatable = false)
  private Instant rejectedAt;

  @Column(name = "erased_at", nullable = false, updatable = false)
  private Instant erasedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private RegistrationSource source;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected RejectedRegistration() {}

  /** The anonymous trace of a rejected registration about to be erased. */
  public RejectedRegistration(Participant erased, Instant now) {
    if (erased.getStatus() != ParticipantStatus.REJECTED) {
      throw new IllegalStateException("only a rejected registration leaves this trace");
    }
    this.registeredAt = erased.getRegisteredAt();
    this.rejectedAt = erased.getStatusChangedAt();
    this.erasedAt = now;
    this.source = erased.getSource();
    this.scopeRegionId = erased.getScopeRegionId();
    this.scopeMunicipalityId = erased.getScopeMunicipalityId();
  }
}

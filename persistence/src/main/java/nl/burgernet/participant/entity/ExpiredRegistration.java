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
 * What remains of a registration that was never confirmed: when, from where and for which
 * municipality, without anything personal, so reports can count them after the registration and its
 * personal data are removed.
 */
@Entity
@Table(name = "expired_registration")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
public class ExpiredRegistration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "expired_at", nullable = false, updatable = false)
  private Instant expiredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private RegistrationSource source;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected ExpiredRegistration() {}

  /** The anonymous trace of a registration about to be removed. */
  public ExpiredRegistration(Participant removed, Instant now) {
    this.registeredAt = removed.getRegisteredAt();
    this.expiredAt = now;
    this.source = removed.getSource();
    this.scopeRegionId = removed.getScopeRegionId();
    this.scopeMunicipalityId = removed.getScopeMunicipalityId();
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public Instant getExpiredAt() {
    return expiredAt;
  }

  public RegistrationSource getSource() {
    return source;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }
}

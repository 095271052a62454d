package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * What remains of a registration that never became a participant once its personal data are gone:
 * when it came in, from where and for which municipality, so reports can still count it. Scoped
 * like the registration was; the subclasses add when and why it ended.
 */
@MappedSuperclass
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
public abstract class RegistrationTrace {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private RegistrationSource source;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected RegistrationTrace() {}

  /** The anonymous part of a registration about to be removed. */
  protected RegistrationTrace(Participant removed) {
    this.registeredAt = removed.getRegisteredAt();
    this.source = removed.getSource();
    this.scopeRegionId = removed.getScopeRegionId();
    this.scopeMunicipalityId = removed.getScopeMunicipalityId();
  }
}

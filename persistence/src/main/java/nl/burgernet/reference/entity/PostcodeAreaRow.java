package nl.burgernet.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A row about one four-digit postcode area (PC4), keyed by its digits and scoped like the data of
 * the municipality it belongs to: the area itself and what is counted per area.
 */
@MappedSuperclass
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
public abstract class PostcodeAreaRow {

  @Id
  @Column(name = "postcode4", length = 4)
  private String postcode4;

  @Column(name = "scope_region_id", nullable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", nullable = false)
  private Long scopeMunicipalityId;

  protected PostcodeAreaRow() {}

  protected PostcodeAreaRow(String postcode4, long regionId, long municipalityId) {
    this.postcode4 = postcode4;
    this.scopeRegionId = regionId;
    this.scopeMunicipalityId = municipalityId;
  }

  /** The four digits, e.g. 3511. */
  public String getPostcode4() {
    return postcode4;
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }
}

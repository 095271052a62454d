package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A number of participants of one municipality in one category that the MARAP job counted, scoped
 * like the participants themselves; the subclasses say what was counted (their other key columns)
 * and what their categories are.
 */
@MappedSuperclass
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
public abstract class MunicipalityCount {

  @Id
  @Column(name = "scope_municipality_id", nullable = false)
  private Long scopeMunicipalityId;

  @Id
  @Column(nullable = false, length = 10)
  private String category;

  @Column(name = "scope_region_id", nullable = false)
  private Long scopeRegionId;

  @Column(nullable = false)
  private long participants;

  @Column(name = "counted_at", nullable = false)
  private Instant countedAt;

  protected MunicipalityCount() {}

  protected MunicipalityCount(
      long regionId, long municipalityId, String category, long participants, Instant countedAt) {
    this.scopeRegionId = regionId;
    this.scopeMunicipalityId = municipalityId;
    this.category = category;
    this.participants = participants;
    this.countedAt = countedAt;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }

  public String getCategory() {
    return category;
  }

  public long getParticipants() {
    return participants;
  }

  public Instant getCountedAt() {
    return countedAt;
  }

  /** A composite primary key, equal to another of its class with the same parts. */
  public abstract static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long scopeMunicipalityId;
    private String category;

    /** The subclass's own key fields, in a fixed order. */
    protected abstract List<Object> ownParts();

    private List<Object> parts() {
      List<Object> parts = new ArrayList<>(Arrays.asList(scopeMunicipalityId, category));
      parts.addAll(ownParts());
      return parts;
    }

    @Override
    public boolean equals(Object other) {
      return other != null
          && other.getClass() == getClass()
          && parts().equals(((Key) other).parts());
    }

    @Override
    public int hashCode() {
      return parts().hashCode();
    }
  }
}

package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * How many active participants a municipality has now in one category of one dimension (all of
 * them, a channel, an age band, a source), as the MARAP job last counted them.
 */
@Entity
@Table(name = "marap_participant_count")
@IdClass(ParticipantBaseCount.Key.class)
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = ParticipantBaseCount.OF_REGION,
    query = "SELECT c FROM ParticipantBaseCount c WHERE c.scopeRegionId = :region")
@NamedQuery(name = ParticipantBaseCount.DELETE_ALL, query = "DELETE FROM ParticipantBaseCount c")
public class ParticipantBaseCount {

  public static final String OF_REGION = "ParticipantBaseCount.ofRegion";
  public static final String DELETE_ALL = "ParticipantBaseCount.deleteAll";

  /** The ways participants are counted. */
  public enum Dimension {
    TOTAL,
    CHANNEL,
    AGE,
    SOURCE
  }

  /** The category of {@link Dimension#TOTAL}. */
  public static final String ALL = "ALL";

  @Id
  @Column(name = "scope_municipality_id", nullable = false)
  private Long scopeMunicipalityId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Dimension dimension;

  @Id
  @Column(nullable = false, length = 10)
  private String category;

  @Column(name = "scope_region_id", nullable = false)
  private Long scopeRegionId;

  @Column(nullable = false)
  private long participants;

  @Column(name = "counted_at", nullable = false)
  private Instant countedAt;

  protected ParticipantBaseCount() {}

  public ParticipantBaseCount(
      long regionId,
      long municipalityId,
      Dimension dimension,
      String category,
      long participants,
      Instant countedAt) {
    this.scopeRegionId = regionId;
    this.scopeMunicipalityId = municipalityId;
    this.dimension = dimension;
    this.category = category;
    this.participants = participants;
    this.countedAt = countedAt;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }

  public Dimension getDimension() {
    return dimension;
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

  /** The primary key: municipality, dimension, category. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long scopeMunicipalityId;
    private Dimension dimension;
    private String category;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(scopeMunicipalityId, key.scopeMunicipalityId)
          && dimension == key.dimension
          && Objects.equals(category, key.category);
    }

    @Override
    public int hashCode() {
      return Objects.hash(scopeMunicipalityId, dimension, category);
    }
  }
}

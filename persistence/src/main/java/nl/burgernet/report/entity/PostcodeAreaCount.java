package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * How many active participants live in a postcode area (PC4) now, as the MARAP job last counted
 * them: the Burgernetkaart reads these, never the participants.
 */
@Entity
@Table(name = "marap_postcode_count")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = PostcodeAreaCount.OF_REGION,
    query = "SELECT c FROM PostcodeAreaCount c WHERE c.scopeRegionId = :region")
@NamedQuery(name = PostcodeAreaCount.DELETE_ALL, query = "DELETE FROM PostcodeAreaCount c")
public class PostcodeAreaCount {

  public static final String OF_REGION = "PostcodeAreaCount.ofRegion";
  public static final String DELETE_ALL = "PostcodeAreaCount.deleteAll";

  @Id
  @Column(name = "postcode4", length = 4)
  private String postcode4;

  @Column(name = "scope_region_id", nullable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", nullable = false)
  private Long scopeMunicipalityId;

  @Column(nullable = false)
  private long participants;

  @Column(name = "counted_at", nullable = false)
  private Instant countedAt;

  protected PostcodeAreaCount() {}

  public PostcodeAreaCount(
      String postcode4, long regionId, long municipalityId, long participants, Instant countedAt) {
    this.postcode4 = postcode4;
    this.scopeRegionId = regionId;
    this.scopeMunicipalityId = municipalityId;
    this.participants = participants;
    this.countedAt = countedAt;
  }

  public String getPostcode4() {
    return postcode4;
  }

  public long getParticipants() {
    return participants;
  }

  public Instant getCountedAt() {
    return countedAt;
  }
}

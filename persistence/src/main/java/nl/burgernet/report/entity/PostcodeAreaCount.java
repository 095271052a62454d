package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.burgernet.reference.entity.PostcodeAreaRow;

/**
 * How many active participants live in a postcode area (PC4) now, as the MARAP job last counted
 * them: the Burgernetkaart reads these, never the participants.
 */
@Entity
@Table(name = "marap_postcode_count")
@NamedQuery(
    name = PostcodeAreaCount.OF_REGION,
    query = "SELECT c FROM PostcodeAreaCount c WHERE c.scopeRegionId = :region")
@NamedQuery(name = PostcodeAreaCount.DELETE_ALL, query = "DELETE FROM PostcodeAreaCount c")
public class PostcodeAreaCount extends PostcodeAreaRow {

  public static final String OF_REGION = "PostcodeAreaCount.ofRegion";
  public static final String DELETE_ALL = "PostcodeAreaCount.deleteAll";

  @Column(nullable = false)
  private long participants;

  @Column(name = "counted_at", nullable = false)
  private Instant countedAt;

  protected PostcodeAreaCount() {}

  public PostcodeAreaCount(
      String postcode4, long regionId, long municipalityId, long participants, Instant countedAt) {
    super(postcode4, regionId, municipalityId);
    this.participants = participants;
    this.countedAt = countedAt;
  }

  public long getParticipants() {
    return participants;
  }

  public Instant getCountedAt() {
    return countedAt;
  }
}

package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * How many active participants a municipality has now in one category of one dimension (all of
 * them, a channel, an age band, a source), as the MARAP job last counted them.
 */
@Entity
@Table(name = "marap_participant_count")
@IdClass(ParticipantBaseCount.Key.class)
@NamedQuery(
    name = ParticipantBaseCount.OF_REGION,
    query = "SELECT c FROM ParticipantBaseCount c WHERE c.scopeRegionId = :region")
@NamedQuery(name = ParticipantBaseCount.DELETE_ALL, query = "DELETE FROM ParticipantBaseCount c")
public class ParticipantBaseCount extends MunicipalityCount {

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
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Dimension dimension;

  protected ParticipantBaseCount() {}

  public ParticipantBaseCount(
      long regionId,
      long municipalityId,
      Dimension dimension,
      String category,
      long participants,
      Instant countedAt) {
    super(regionId, municipalityId, category, participants, countedAt);
    this.dimension = dimension;
  }

  public Dimension getDimension() {
    return dimension;
  }

  /** The primary key: municipality, dimension, category. */
  public static class Key extends MunicipalityCount.Key {

    private static final long serialVersionUID = 1L;

    private Dimension dimension;

    @Override
    protected List<Object> ownParts() {
      return Collections.singletonList(dimension);
    }
  }
}

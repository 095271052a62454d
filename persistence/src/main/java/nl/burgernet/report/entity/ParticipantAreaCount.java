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
import nl.burgernet.report.entity.ParticipantBaseCount.Dimension;

/**
 * How many active participants of a municipality live in one postcode area (PC4) now, in one
 * category of one dimension: the breakdown of a {@link ParticipantBaseCount}, counted with it, so
 * its areas add up to it.
 */
@Entity
@Table(name = "marap_area_count")
@IdClass(ParticipantAreaCount.Key.class)
@NamedQuery(
    name = ParticipantAreaCount.OF_SELECTION,
    query =
        "SELECT c.scopeMunicipalityId, c.postcode4, SUM(c.participants), MAX(c.countedAt)"
            + " FROM ParticipantAreaCount c WHERE c.scopeRegionId = :region"
            + " AND c.dimension = :dimension AND c.category = :category"
            + " GROUP BY c.scopeMunicipalityId, c.postcode4")
@NamedQuery(name = ParticipantAreaCount.DELETE_ALL, query = "DELETE FROM ParticipantAreaCount c")
public class ParticipantAreaCount extends AreaBreakdown {

  /** Rows: municipality id, postcode4, participants, counted at. */
  public static final String OF_SELECTION = "ParticipantAreaCount.ofSelection";

  public static final String DELETE_ALL = "ParticipantAreaCount.deleteAll";

  @Id
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Dimension dimension;

  protected ParticipantAreaCount() {}

  public ParticipantAreaCount(
      long regionId,
      long municipalityId,
      String postcode4,
      Dimension dimension,
      String category,
      long participants,
      Instant countedAt) {
    super(regionId, municipalityId, postcode4, category, participants, countedAt);
    this.dimension = dimension;
  }

  /** The primary key: municipality, dimension, category, postcode area. */
  public static class Key extends AreaBreakdown.Key {

    private static final long serialVersionUID = 1L;

    private Dimension dimension;

    @Override
    protected List<Object> figureParts() {
      return Collections.singletonList(dimension);
    }
  }
}

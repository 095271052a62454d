package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A municipality count broken down to the postcode areas (PC4) the participants live in, counted
 * with the municipality's figure so that its areas add up to it; the subclasses say which figure.
 */
@MappedSuperclass
public abstract class AreaBreakdown extends MunicipalityCount {

  /** The four digits of the home postcode; empty in a monthly figure when it was erased. */
  @Id
  @Column(nullable = false, length = 4)
  private String postcode4;

  protected AreaBreakdown() {}

  protected AreaBreakdown(
      long regionId,
      long municipalityId,
      String postcode4,
      String category,
      long participants,
      Instant countedAt) {
    super(regionId, municipalityId, category, participants, countedAt);
    this.postcode4 = postcode4;
  }

  /** A primary key with the postcode area. */
  public abstract static class Key extends MunicipalityCount.Key {

    private static final long serialVersionUID = 1L;

    private String postcode4;

    /** The key fields that say which figure is broken down, in a fixed order. */
    protected abstract List<Object> figureParts();

    @Override
    protected final List<Object> ownParts() {
      List<Object> parts = new ArrayList<>(figureParts());
      parts.add(postcode4);
      return parts;
    }
  }
}

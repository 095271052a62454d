package nl.burgernet.security.entity;

import java.util.Objects;

/**
 * What part of the shared store a caller may see: everything (national), one region, or one
 * municipality. The store filters every read of scoped data by the two parameters below (see the
 * {@code @AdditionalCriteria} on the scoped entities), so a scope is all a query needs to know.
 */
public record Scope(ScopeLevel level, Long regionId, Long municipalityId) {

  /** EntityManager property naming the region a caller is limited to; 0 means every region. */
  public static final String REGION_PARAMETER = "scopeRegion";

  /** EntityManager property naming the municipality a caller is limited to; 0 means all. */
  public static final String MUNICIPALITY_PARAMETER = "scopeMunicipality";

  private static final long UNLIMITED = 0L;
  private static final long NOTHING = -1L;

  public Scope {
    Objects.requireNonNull(level, "level");
    switch (level) {
      case NATIONAL, NONE -> {
        if (regionId != null || municipalityId != null) {
          throw new IllegalArgumentException(level + " scope names no region or municipality");
        }
      }
      case REGION -> {
        if (regionId == null || municipalityId != null) {
          throw new IllegalArgumentException("a regional scope names exactly one region");
        }
      }
      case MUNICIPALITY -> {
        if (regionId == null || municipalityId == null) {
          throw new IllegalArgumentException("a municipal scope names its municipality and region");
        }
      }
    }
  }

  public static Scope national() {
    return new Scope(ScopeLevel.NATIONAL, null, null);
  }

  public static Scope region(long regionId) {
    return new Scope(ScopeLevel.REGION, regionId, null);
  }

  public static Scope municipality(long regionId, long municipalityId) {
    return new Scope(ScopeLevel.MUNICIPALITY, regionId, municipalityId);
  }

  /** The scope of a caller who is not known: sees nothing. */
  public static Scope none() {
    return new Scope(ScopeLevel.NONE, null, null);
  }

  public long regionParameter() {
    return switch (level) {
      case NATIONAL -> UNLIMITED;
      case REGION, MUNICIPALITY -> regionId;
      case NONE -> NOTHING;
    };
  }

  public long municipalityParameter() {
    return switch (level) {
      case NATIONAL, REGION -> UNLIMITED;
      case MUNICIPALITY -> municipalityId;
      case NONE -> NOTHING;
    };
  }

  /** Whether this scope includes everything the other scope includes. */
  public boolean covers(Scope other) {
    return switch (level) {
      case NATIONAL -> true;
      case REGION -> other.level != ScopeLevel.NATIONAL && regionId.equals(other.regionId);
      case MUNICIPALITY ->
          other.level == ScopeLevel.MUNICIPALITY && municipalityId.equals(other.municipalityId);
      case NONE -> other.level == ScopeLevel.NONE;
    };
  }
}

package nl.burgernet.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Time;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.action.entity.Area;
import nl.burgernet.action.entity.BoundingBox;
import nl.burgernet.action.entity.Candidate;
import nl.burgernet.action.entity.GeometricArea;
import nl.burgernet.action.entity.MunicipalityArea;
import nl.burgernet.action.entity.PostcodeArea;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.QuietHours;
import nl.burgernet.platform.entity.InstantConverter;
import nl.burgernet.security.entity.Scope;

/**
 * Finds the active participants in the caller's scope who live or work in an area.
 *
 * <p>A drawn area is read in two steps (STACK-NOTES, "Database facts"): its bounding box from the
 * covering grid indexes {@code ix_participant_home_grid}/{@code _work_grid} ({@code lat_cell IN
 * (...)} plus the longitude and latitude range), which return id and point without touching a row;
 * then the exact shape test in Java. Only the participants inside are then read by primary key for
 * their status, scope and quiet hours. Native SQL passes the scope filter by, so the scope is part
 * of the statement. Ids and cells are numbers written as digits; postcodes are validated to their
 * fixed form before they are quoted into the statement.
 */
@Dependent
public class AreaSelection {

  /** Ids per primary-key lookup: a statement of ~80 KB. */
  static final int IDS_PER_LOOKUP = 10_000;

  private static final String ACTIVE_IN_SCOPE =
      " AND status = ?1 AND (?2 = 0 OR scope_region_id = ?2)"
          + " AND (?3 = 0 OR scope_municipality_id = ?3)";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  public List<Candidate> candidates(Area area, Scope scope) {
    if (area instanceof GeometricArea shape) {
      return activeInScope(inside(shape), scope);
    }
    if (area instanceof MunicipalityArea municipalities) {
      String ids = digits(municipalities.municipalityIds());
      return query(
          "(home_municipality_id IN (" + ids + ") OR work_municipality_id IN (" + ids + "))",
          scope);
    }
    return query(postcodeCondition((PostcodeArea) area), scope);
  }

  /**
   * The active participants in the scope whose web app reported a position inside the drawn area
   * since the moment given (they allow it; the report is fresh), read from their own grid index.
   * Municipality and postcode areas are about addresses and select nobody here.
   */
  public List<Candidate> locatedCandidates(Area area, Scope scope, Instant since) {
    if (!(area instanceof GeometricArea shape)) {
      return List.of();
    }
    BoundingBox box = shape.boundingBox();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT participant_id, latitude, longitude FROM participant_location WHERE"
                    + " lat_cell IN ("
                    + box.latitudeCells().mapToObj(String::valueOf).collect(Collectors.joining(","))
                    + ") AND longitude BETWEEN ?1 AND ?2 AND latitude BETWEEN ?3 AND ?4"
                    + " AND reported_at > ?5")
            .setParameter(1, box.minLongitude())
            .setParameter(2, box.maxLongitude())
            .setParameter(3, box.minLatitude())
            .setParameter(4, box.maxLatitude())
            .setParameter(5, new InstantConverter().convertToDatabaseColumn(since))
            .getResultList();
    Set<Long> ids = new HashSet<>();
    for (Object[] row : rows) {
      if (shape.contains(((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue())) {
        ids.add(((Number) row[0]).longValue());
      }
    }
    return activeInScope(ids, scope);
  }

  /** Everyone whose home or work point is inside the shape, any status or scope. */
  private Set<Long> inside(GeometricArea shape) {
    Set<Long> ids = new HashSet<>();
    for (String address : List.of("home", "work")) {
      BoundingBox box = shape.boundingBox();
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT id, "
                      + address
                      + "_latitude, "
                      + address
                      + "_longitude FROM participant WHERE "
                      + address
                      + "_lat_cell IN ("
                      + box.latitudeCells()
                          .mapToObj(String::valueOf)
                          .collect(Collectors.joining(","))
                      + ") AND "
                      + address
                      + "_longitude BETWEEN ?1 AND ?2 AND "
                      + address
                      + "_latitude BETWEEN ?3 AND ?4")
              .setParameter(1, box.minLongitude())
              .setParameter(2, box.maxLongitude())
              .setParameter(3, box.minLatitude())
              .setParameter(4, box.maxLatitude())
              .getResultList();
      for (Object[] row : rows) {
        if (shape.contains(((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue())) {
          ids.add(((Number) row[0]).longValue());
        }
      }
    }
    return ids;
  }

  private List<Candidate> activeInScope(Set<Long> ids, Scope scope) {
    List<Long> sorted = ids.stream().sorted().toList();
    List<Candidate> candidates = new ArrayList<>(sorted.size());
    for (int from = 0; from < sorted.size(); from += IDS_PER_LOOKUP) {
      candidates.addAll(
          query(
              "id IN ("
                  + digits(sorted.subList(from, Math.min(from + IDS_PER_LOOKUP, sorted.size())))
                  + ")",
              scope));
    }
    return candidates;
  }

  private List<Candidate> query(String condition, Scope scope) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, quiet_from, quiet_until FROM participant WHERE "
                    + condition
                    + ACTIVE_IN_SCOPE)
            .setParameter(1, ParticipantStatus.ACTIVE.name())
            .setParameter(2, scope.regionParameter())
            .setParameter(3, scope.municipalityParameter())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Candidate(
                    ((Number) row[0]).longValue(),
                    row[1] == null || row[2] == null
                        ? null
                        : new QuietHours(
                            ((Time) row[1]).toLocalTime(), ((Time) row[2]).toLocalTime())))
        .toList();
  }

  private static String postcodeCondition(PostcodeArea area) {
    List<String> parts = new ArrayList<>();
    for (String address : List.of("home", "work")) {
      if (!area.fullPostcodes().isEmpty()) {
        parts.add(address + "_postcode IN (" + quoted(area.fullPostcodes()) + ")");
      }
      if (!area.areas().isEmpty()) {
        parts.add("LEFT(" + address + "_postcode, 4) IN (" + quoted(area.areas()) + ")");
      }
    }
    return "(" + String.join(" OR ", parts) + ")";
  }

  /** PostcodeArea holds only "1234" and "1234 AB": digits, capitals and a space. */
  private static String quoted(Set<String> postcodes) {
    return postcodes.stream().sorted().map(p -> "'" + p + "'").collect(Collectors.joining(","));
  }

  private static String digits(Collection<Long> ids) {
    return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
  }
}

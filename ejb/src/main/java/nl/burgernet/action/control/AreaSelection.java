package nl.burgernet.action.control;

import com.mysql.cj.jdbc.JdbcConnection;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.burgernet.action.entity.Area;
import nl.burgernet.action.entity.BoundingBox;
import nl.burgernet.action.entity.Candidate;
import nl.burgernet.action.entity.GeometricArea;
import nl.burgernet.action.entity.MunicipalityArea;
import nl.burgernet.action.entity.PostcodeArea;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.QuietHours;
import nl.burgernet.participant.entity.ReachableChannels;
import nl.burgernet.security.entity.Scope;

/**
 * Finds the active participants in the caller's scope who live or work in an area, each with what
 * the protection rules and the count per channel need: quiet hours and reachable channels.
 *
 * <p>A drawn area is read in one index range per address (STACK-NOTES, "Database facts"): its
 * bounding box from the covering grid indexes {@code ix_participant_home_grid}/{@code _work_grid}
 * ({@code lat_cell IN (...)} plus the longitude and latitude range), which carry status, scope,
 * quiet hours and reachable channels too (V32), so no row is read; then the exact shape test in
 * Java. Plain JDBC with primitive reads (the driver's binary protocol for the grid read): a live
 * preview reads up to hundreds of thousands of index entries, and the persistence provider's native
 * query costs several times more per row. Native SQL passes the scope filter by, so the scope is
 * part of the statement. Ids and cells are numbers written as digits; postcodes are validated to
 * their fixed form before they are quoted into the statement.
 */
@Dependent
public class AreaSelection {

  /** Ids per primary-key lookup: a statement of ~80 KB. */
  static final int IDS_PER_LOOKUP = 10_000;

  private static final String CANDIDATE_COLUMNS =
      "id, TIME_TO_SEC(quiet_from), TIME_TO_SEC(quiet_until), reach_channels";

  private static final String ACTIVE_IN_SCOPE =
      " AND status = ? AND (? = 0 OR scope_region_id = ?) AND (? = 0 OR scope_municipality_id = ?)";

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  public List<Candidate> candidates(Area area, Scope scope) {
    if (area instanceof GeometricArea shape) {
      List<Candidate> inside = inside(shape, "home", scope);
      List<Candidate> working = inside(shape, "work", scope);
      if (!working.isEmpty()) {
        // each participant once: those who also live inside are there already
        Set<Long> living = new HashSet<>();
        inside.forEach(candidate -> living.add(candidate.participantId()));
        working.stream()
            .filter(candidate -> !living.contains(candidate.participantId()))
            .forEach(inside::add);
      }
      return inside;
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
    Set<Long> ids = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement read =
            connection.prepareStatement(
                "SELECT participant_id, latitude, longitude FROM participant_location WHERE"
                    + " lat_cell IN ("
                    + cells(box)
                    + ") AND longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?"
                    + " AND reported_at > ?")) {
      bindBox(read, box);
      read.setTimestamp(5, Timestamp.from(since));
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          if (shape.contains(rows.getDouble(2), rows.getDouble(3))) {
            ids.add(rows.getLong(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the reported positions in an area could not be read", e);
    }
    return activeInScope(ids, scope);
  }

  /**
   * Of these participants, those who take app notifications on at least one device: the app
   * channel's last condition, asked only for those who chose the app.
   */
  public Set<Long> withPushSubscription(Collection<Long> participantIds) {
    Set<Long> subscribed = new HashSet<>();
    List<Long> sorted = participantIds.stream().sorted().toList();
    for (int from = 0; from < sorted.size(); from += IDS_PER_LOOKUP) {
      String ids = digits(sorted.subList(from, Math.min(from + IDS_PER_LOOKUP, sorted.size())));
      try (Connection connection = dataSource.getConnection();
          PreparedStatement read =
              connection.prepareStatement(
                  "SELECT DISTINCT participant_id FROM push_subscription WHERE participant_id IN ("
                      + ids
                      + ")");
          ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          subscribed.add(rows.getLong(1));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("push subscriptions could not be read", e);
      }
    }
    return subscribed;
  }

  /**
   * The active participants in the scope whose address of the kind (home or work) is inside the
   * shape, read from that address's covering grid index alone.
   */
  private List<Candidate> inside(GeometricArea shape, String address, Scope scope) {
    List<Candidate> inside = new ArrayList<>();
    BoundingBox box = shape.boundingBox();
    Map<Long, QuietHours> quietHours = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement read =
            connection
                .unwrap(JdbcConnection.class)
                .serverPrepareStatement(gridRead(address, box))) {
      // prepared on the server, so the rows come binary (a point is two 8-byte doubles, not text
      // to parse), and streamed, so they are tested while the server still reads the index
      read.setFetchSize(Integer.MIN_VALUE);
      bindGridRead(read, box, scope);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          if (shape.contains(rows.getDouble(5), rows.getDouble(6))) {
            inside.add(candidate(rows, quietHours));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the participants in an area could not be read", e);
    }
    return inside;
  }

  /**
   * The statement of one address's grid read (public for the benchmark's query plan): the box's
   * longitude and latitude range are its parameters 1-4, the status and scope 5-9. The grid index
   * is named: with the scope bound, the optimizer may otherwise reckon a region's index (status and
   * scope only) cheaper for a large area, and read every row of the region.
   *
   * @param address "home" or "work"
   */
  public static String gridRead(String address, BoundingBox box) {
    if (!List.of("home", "work").contains(address)) {
      throw new IllegalArgumentException("no grid index for " + address);
    }
    return "SELECT "
        + CANDIDATE_COLUMNS
        + ", "
        + address
        + "_latitude, "
        + address
        + "_longitude FROM participant FORCE INDEX (ix_participant_"
        + address
        + "_grid) WHERE "
        + address
        + "_lat_cell IN ("
        + cells(box)
        + ") AND "
        + address
        + "_longitude BETWEEN ? AND ? AND "
        + address
        + "_latitude BETWEEN ? AND ?"
        + ACTIVE_IN_SCOPE;
  }

  /** Binds the parameters of {@link #gridRead}. */
  public static void bindGridRead(PreparedStatement statement, BoundingBox box, Scope scope)
      throws SQLException {
    bindBox(statement, box);
    bindActiveInScope(statement, 5, scope);
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
    List<Candidate> candidates = new ArrayList<>();
    Map<Long, QuietHours> quietHours = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement read =
            connection.prepareStatement(
                "SELECT "
                    + CANDIDATE_COLUMNS
                    + " FROM participant WHERE "
                    + condition
                    + ACTIVE_IN_SCOPE)) {
      bindActiveInScope(read, 1, scope);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          candidates.add(candidate(rows, quietHours));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the participants of an area could not be read", e);
    }
    return candidates;
  }

  /**
   * The candidate of a row that starts with {@link #CANDIDATE_COLUMNS}. Quiet hours are shared
   * between candidates with the same: most participants in an area have one of a few.
   */
  private static Candidate candidate(ResultSet row, Map<Long, QuietHours> shared)
      throws SQLException {
    int from = row.getInt(2);
    boolean quiet = !row.wasNull();
    int until = row.getInt(3);
    quiet &= !row.wasNull();
    QuietHours quietHours =
        quiet
            ? shared.computeIfAbsent(
                from * 86_400L + until,
                key ->
                    new QuietHours(LocalTime.ofSecondOfDay(from), LocalTime.ofSecondOfDay(until)))
            : null;
    return new Candidate(row.getLong(1), quietHours, ReachableChannels.of(row.getInt(4)));
  }

  private static void bindBox(PreparedStatement statement, BoundingBox box) throws SQLException {
    statement.setDouble(1, box.minLongitude());
    statement.setDouble(2, box.maxLongitude());
    statement.setDouble(3, box.minLatitude());
    statement.setDouble(4, box.maxLatitude());
  }

  private static void bindActiveInScope(PreparedStatement statement, int first, Scope scope)
      throws SQLException {
    statement.setString(first, ParticipantStatus.ACTIVE.name());
    statement.setLong(first + 1, scope.regionParameter());
    statement.setLong(first + 2, scope.regionParameter());
    statement.setLong(first + 3, scope.municipalityParameter());
    statement.setLong(first + 4, scope.municipalityParameter());
  }

  private static String cells(BoundingBox box) {
    return box.latitudeCells().mapToObj(String::valueOf).collect(Collectors.joining(","));
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

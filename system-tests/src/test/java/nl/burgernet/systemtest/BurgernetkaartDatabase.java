package nl.burgernet.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The Burgernetkaart's figures of one municipality computed without the application: participants
 * row by row from the participant table, inhabitants and households from the shipped sample file,
 * centres as the mean of the geocoder sample's postcodes, the ratios by hand.
 */
final class BurgernetkaartDatabase {

  private static final String AREAS = "nl/burgernet/reference/control/postcode-areas.csv";
  private static final String CENTROIDS = "nl/burgernet/participant/control/postcode-centroids.csv";

  private BurgernetkaartDatabase() {}

  /** One area as the test expects it. */
  record Area(
      String postcode,
      long participants,
      long inhabitants,
      long households,
      BigDecimal perThousandInhabitants,
      BigDecimal perHundredHouseholds,
      boolean underCovered,
      double latitude,
      double longitude) {}

  /** The areas of the municipality with the CBS code, by postcode. */
  static Map<String, Area> areasOf(String cbsCode) throws SQLException {
    Map<String, Long> active = new HashMap<>();
    BigDecimal threshold;
    try (Connection db = MarapDatabase.connect()) {
      try (PreparedStatement query =
              db.prepareStatement("SELECT home_postcode, status FROM participant");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (rows.getString(2).equals("ACTIVE")) {
            active.merge(rows.getString(1).substring(0, 4), 1L, Long::sum);
          }
        }
      }
      try (PreparedStatement query =
          db.prepareStatement(
              "SELECT r.participant_target_percent FROM region r"
                  + " JOIN municipality m ON m.region_id = r.id WHERE m.cbs_code = ?")) {
        query.setString(1, cbsCode);
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          threshold = rows.getBigDecimal(1);
        }
      }
    }
    Map<String, double[]> centres = centres();
    Map<String, Area> areas = new TreeMap<>();
    for (String[] row : csv(AREAS)) {
      if (!row[1].equals(cbsCode)) {
        continue;
      }
      long participants = active.getOrDefault(row[0], 0L);
      long inhabitants = Long.parseLong(row[2]);
      long households = Long.parseLong(row[3]);
      BigDecimal percent = ratio(participants, 100, inhabitants, 2);
      double[] centre = centres.get(row[0]);
      areas.put(
          row[0],
          new Area(
              row[0],
              participants,
              inhabitants,
              households,
              ratio(participants, 1000, inhabitants, 1),
              ratio(participants, 100, households, 2),
              inhabitants > 0 && percent.compareTo(threshold) < 0,
              centre[0] / centre[2],
              centre[1] / centre[2]));
    }
    return areas;
  }

  private static BigDecimal ratio(long count, int per, long base, int decimals) {
    return BigDecimal.valueOf(count * per)
        .divide(BigDecimal.valueOf(base), decimals, RoundingMode.HALF_UP);
  }

  /** Sums of latitude and longitude and the number of postcodes, per area. */
  private static Map<String, double[]> centres() {
    Map<String, double[]> sums = new HashMap<>();
    for (String[] row : csv(CENTROIDS)) {
      double[] sum = sums.computeIfAbsent(row[0].substring(0, 4), area -> new double[3]);
      sum[0] += Double.parseDouble(row[1]);
      sum[1] += Double.parseDouble(row[2]);
      sum[2]++;
    }
    return sums;
  }

  /** The rows under the header, without comments. */
  private static List<String[]> csv(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    BurgernetkaartDatabase.class.getClassLoader().getResourceAsStream(resource)),
                StandardCharsets.UTF_8))) {
      reader
          .lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .skip(1)
          .forEach(line -> rows.add(line.split(",")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}

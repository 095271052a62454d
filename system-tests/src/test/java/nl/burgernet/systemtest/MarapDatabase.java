package nl.burgernet.systemtest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.burgernet.localpeers.LocalDatabase;

/**
 * The MARAP participant figures of one municipality computed from the raw rows, row by row in Java,
 * without the application's counting SQL or tables: what a test compares the pages and the API
 * with.
 */
final class MarapDatabase {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private MarapDatabase() {}

  /** The figures of the municipality with the CBS code over the months from and to. */
  record Expected(
      long regionId,
      long municipalityId,
      long active,
      long inhabitants,
      BigDecimal percentOfInhabitants,
      Map<String, Long> channels,
      Map<String, Long> ages,
      Map<String, Long> sources,
      Map<String, Long> reasons,
      Map<String, Long> newPerMonth,
      Map<String, Long> unsubscribedPerMonth) {}

  /** The action figures of a region, or of the actions that reached a municipality. */
  record Actions(
      long actions,
      long open,
      long hard,
      long soft,
      long closed,
      long recipients,
      long tips,
      double averageSecondsToFirstMessage,
      Map<String, Long> perKind) {}

  /** A municipality's Burgernetmails sent in the months. */
  record Mails(long mails, long recipients, long undelivered, boolean hasAmbassador) {}

  static Mails mails(String cbsCode, YearMonth from, YearMonth to) throws SQLException {
    try (Connection db = connect()) {
      long municipality = single(db, "SELECT id FROM municipality WHERE cbs_code = ?", cbsCode);
      long mails = 0;
      long recipients = 0;
      long undelivered = 0;
      for (Object[] mail :
          rows(
              db,
              "SELECT m.sent_at, r.email_count, m.send_request_id FROM burgernet_mail m"
                  + " JOIN send_request r ON r.id = m.send_request_id"
                  + " WHERE m.target_municipality_id = ? AND m.sent_at IS NOT NULL",
              municipality)) {
        YearMonth month = YearMonth.parse(month(mail[0]));
        if (month.isBefore(from) || month.isAfter(to)) {
          continue;
        }
        mails++;
        recipients += ((Number) mail[1]).longValue();
        for (Object[] delivery :
            rows(db, "SELECT state FROM delivery WHERE request_id = ?", mail[2])) {
          undelivered += List.of("FAILED", "DEAD_LETTERED").contains(delivery[0]) ? 1 : 0;
        }
      }
      long ambassadors =
          single(
              db,
              "SELECT COUNT(*) FROM staff_account s JOIN staff_account_role r"
                  + " ON r.staff_account_id = s.id WHERE r.role = 'MUNICIPALITY_AMBASSADOR'"
                  + " AND s.active AND s.municipality_id = ?",
              municipality);
      return new Mails(mails, recipients, undelivered, ambassadors > 0);
    }
  }

  static long municipalityOf(String cbsCode) throws SQLException {
    try (Connection db = connect()) {
      return single(db, "SELECT id FROM municipality WHERE cbs_code = ?", cbsCode);
    }
  }

  /**
   * The real actions of the region started in the month, or with {@code municipality} those of them
   * that sent to participants of the municipality, with the recipients there.
   */
  static Actions actions(long region, Long municipality, YearMonth month) throws SQLException {
    try (Connection db = connect()) {
      long count = 0;
      long open = 0;
      long hard = 0;
      long soft = 0;
      long closed = 0;
      long recipients = 0;
      long tips = 0;
      double seconds = 0;
      long withFirstMessage = 0;
      Map<String, Long> perKind = new TreeMap<>();
      for (Object[] action :
          rows(
              db,
              // exercises and tests are no results of Burgernet
              "SELECT id, kind, outcome, started_at FROM action WHERE scope_region_id = ?"
                  + " AND status = 'ACTUAL'",
              region)) {
        if (!month(action[3]).equals(month.toString())) {
          continue;
        }
        long reachedHere =
            municipality == null
                ? single(
                    db,
                    "SELECT COALESCE(SUM(recipients), 0) FROM action_round WHERE action_id = ?",
                    action[0])
                : reachedIn(db, action[0], municipality);
        if (municipality != null && reachedHere == 0) {
          continue;
        }
        count++;
        perKind.merge((String) action[1], 1L, Long::sum);
        String outcome = (String) action[2];
        if (outcome == null) {
          open++;
        } else {
          closed++;
          hard += outcome.equals("FOUND_THANKS_TO_PARTICIPANT") ? 1 : 0;
          soft += outcome.equals("FOUND_OTHERWISE") ? 1 : 0;
        }
        recipients += reachedHere;
        tips += single(db, "SELECT COUNT(*) FROM action_tip WHERE action_id = ?", action[0]);
        List<Object[]> first =
            rows(
                db,
                "SELECT MIN(d.sent_at) FROM action_round r JOIN delivery d"
                    + " ON d.request_id = r.send_request_id WHERE r.action_id = ? AND r.number = 1",
                action[0]);
        if (first.get(0)[0] != null) {
          withFirstMessage++;
          seconds +=
              (((Timestamp) first.get(0)[0]).getTime() - ((Timestamp) action[3]).getTime())
                  / 1000.0;
        }
      }
      return new Actions(
          count,
          open,
          hard,
          soft,
          closed,
          recipients,
          tips,
          withFirstMessage == 0 ? 0 : seconds / withFirstMessage,
          perKind);
    }
  }

  private static long reachedIn(Connection db, Object actionId, long municipality)
      throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT COUNT(DISTINCT d.participant_id) FROM action_round r JOIN delivery d"
                + " ON d.request_id = r.send_request_id"
                + " WHERE r.action_id = ? AND d.scope_municipality_id = ?")) {
      query.setObject(1, actionId);
      query.setLong(2, municipality);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  static long regionOf(String cbsCode) throws SQLException {
    try (Connection db = connect()) {
      return single(db, "SELECT region_id FROM municipality WHERE cbs_code = ?", cbsCode);
    }
  }

  static Expected participantBase(String cbsCode, YearMonth from, YearMonth to)
      throws SQLException {
    try (Connection db = connect()) {
      long municipality = single(db, "SELECT id FROM municipality WHERE cbs_code = ?", cbsCode);
      long region = single(db, "SELECT region_id FROM municipality WHERE cbs_code = ?", cbsCode);
      long inhabitants =
          single(
              db,
              "SELECT inhabitants FROM municipality_figures WHERE municipality_id ="
                  + " (SELECT id FROM municipality WHERE cbs_code = ?) ORDER BY figures_year DESC LIMIT 1",
              cbsCode);
      int year = YearMonth.now(AMSTERDAM).getYear();
      Map<String, Long> ages = new TreeMap<>();
      Map<String, Long> sources = new TreeMap<>();
      Map<String, Long> channels = new TreeMap<>();
      Map<String, Long> newPerMonth = months(from, to);
      Map<String, Long> unsubscribedPerMonth = months(from, to);
      long active = 0;
      for (Object[] row :
          rows(
              db,
              "SELECT id, status, source, year_of_birth, registered_at FROM participant"
                  + " WHERE scope_municipality_id = ?",
              municipality)) {
        String status = (String) row[1];
        if (status.equals("ACTIVE")) {
          active++;
          sources.merge((String) row[2], 1L, Long::sum);
          ages.merge(band(year - ((Number) row[3]).intValue()), 1L, Long::sum);
          for (Object[] channel :
              rows(
                  db, "SELECT channel FROM participant_channel WHERE participant_id = ?", row[0])) {
            channels.merge((String) channel[0], 1L, Long::sum);
          }
        }
        if (status.equals("ACTIVE") || status.equals("UNSUBSCRIBED")) {
          newPerMonth.computeIfPresent(month(row[4]), (m, n) -> n + 1);
        }
      }
      for (Object[] row :
          rows(
              db,
              "SELECT registered_at FROM erased_participant WHERE scope_municipality_id = ?",
              municipality)) {
        newPerMonth.computeIfPresent(month(row[0]), (m, n) -> n + 1);
      }
      Map<String, Long> reasons = new TreeMap<>();
      for (Object[] row :
          rows(
              db,
              "SELECT unsubscribed_at, reason FROM participant_unsubscription"
                  + " WHERE scope_municipality_id = ?",
              municipality)) {
        String month = month(row[0]);
        if (unsubscribedPerMonth.containsKey(month)) {
          unsubscribedPerMonth.merge(month, 1L, Long::sum);
          reasons.merge(row[1] == null ? "NONE" : (String) row[1], 1L, Long::sum);
        }
      }
      BigDecimal percent =
          BigDecimal.valueOf(active * 100)
              .divide(BigDecimal.valueOf(inhabitants), 2, RoundingMode.HALF_UP);
      return new Expected(
          region,
          municipality,
          active,
          inhabitants,
          percent,
          channels,
          ages,
          sources,
          reasons,
          newPerMonth,
          unsubscribedPerMonth);
    }
  }

  /**
   * What one participant-base figure of the municipality counts, per postcode area (the first four
   * characters of the home postcode; "" where the participant's data was erased), computed row by
   * row: figure PARTICIPANTS, CHANNEL, AGE, SOURCE (active now, category the channel, band or
   * source), NEW or UNSUBSCRIBED (in the months; category the reason, NONE without one, or null for
   * every unsubscription).
   */
  static Map<String, Long> breakdown(
      String cbsCode, String figure, String category, YearMonth from, YearMonth to)
      throws SQLException {
    try (Connection db = connect()) {
      long municipality = single(db, "SELECT id FROM municipality WHERE cbs_code = ?", cbsCode);
      int year = YearMonth.now(AMSTERDAM).getYear();
      Map<String, Long> months = months(from, to);
      Map<String, Long> perArea = new TreeMap<>();
      if (figure.equals("UNSUBSCRIBED")) {
        for (Object[] row :
            rows(
                db,
                "SELECT unsubscribed_at, reason, participant_id FROM participant_unsubscription"
                    + " WHERE scope_municipality_id = ?",
                municipality)) {
          String reason = row[1] == null ? "NONE" : (String) row[1];
          if (months.containsKey(month(row[0])) && (category == null || category.equals(reason))) {
            List<Object[]> home =
                row[2] == null
                    ? List.of()
                    : rows(db, "SELECT home_postcode FROM participant WHERE id = ?", row[2]);
            perArea.merge(home.isEmpty() ? "" : area(home.get(0)[0]), 1L, Long::sum);
          }
        }
        return perArea;
      }
      if (figure.equals("NEW")) {
        for (Object[] row :
            rows(
                db,
                "SELECT registered_at FROM erased_participant WHERE scope_municipality_id = ?",
                municipality)) {
          if (months.containsKey(month(row[0]))) {
            perArea.merge("", 1L, Long::sum);
          }
        }
      }
      for (Object[] row :
          rows(
              db,
              "SELECT id, status, source, year_of_birth, registered_at, home_postcode"
                  + " FROM participant WHERE scope_municipality_id = ?",
              municipality)) {
        String status = (String) row[1];
        boolean counts =
            switch (figure) {
              case "NEW" ->
                  (status.equals("ACTIVE") || status.equals("UNSUBSCRIBED"))
                      && months.containsKey(month(row[4]));
              case "PARTICIPANTS" -> status.equals("ACTIVE");
              case "SOURCE" -> status.equals("ACTIVE") && category.equals(row[2]);
              case "AGE" ->
                  status.equals("ACTIVE")
                      && category.equals(band(year - ((Number) row[3]).intValue()));
              case "CHANNEL" ->
                  status.equals("ACTIVE")
                      && rows(
                              db,
                              "SELECT channel FROM participant_channel WHERE participant_id = ?",
                              row[0])
                          .stream()
                          .anyMatch(channel -> category.equals(channel[0]));
              default -> throw new IllegalArgumentException(figure);
            };
        if (counts) {
          perArea.merge(area(row[5]), 1L, Long::sum);
        }
      }
      return perArea;
    }
  }

  private static String area(Object postcode) {
    return ((String) postcode).substring(0, 4);
  }

  /** The age bands of the MARAP, written out here on purpose: 16-24, 25-34, ... 65-74, 75+. */
  private static String band(int age) {
    int[] starts = {16, 25, 35, 45, 55, 65, 75};
    String[] names = {"16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"};
    String band = names[0];
    for (int i = 0; i < starts.length; i++) {
      if (age >= starts[i]) {
        band = names[i];
      }
    }
    return band;
  }

  private static Map<String, Long> months(YearMonth from, YearMonth to) {
    Map<String, Long> months = new TreeMap<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      months.put(month.toString(), 0L);
    }
    return months;
  }

  private static String month(Object timestamp) {
    return YearMonth.from(((Timestamp) timestamp).toInstant().atZone(AMSTERDAM)).toString();
  }

  private static long single(Connection db, String sql, Object parameter) throws SQLException {
    return ((Number) rows(db, sql, parameter).get(0)[0]).longValue();
  }

  private static List<Object[]> rows(Connection db, String sql, Object parameter)
      throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet result = query.executeQuery()) {
        List<Object[]> rows = new ArrayList<>();
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          Object[] row = new Object[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = result.getObject(i + 1);
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        LocalPeersForTests.peers().database().jdbcUrl(),
        LocalDatabase.USER,
        LocalDatabase.PASSWORD);
  }
}

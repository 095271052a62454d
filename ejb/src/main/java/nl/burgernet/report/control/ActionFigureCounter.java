package nl.burgernet.report.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.Outcome;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.report.entity.ActionFigures;
import nl.burgernet.report.entity.ActionMonthCount;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Counts the actions started in a month for the MARAP: per region every action once, with all it
 * reached; per municipality the actions that reached participants there, with those participants.
 * Only real actions count: exercises and tests say nothing about Burgernet's results. A month's
 * count replaces the previous one in one transaction.
 */
@Stateless
@ScopeFiltered
@SystemScope
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ActionFigureCounter {

  private static final String IN_MONTH =
      " a.status = '"
          + ActionStatus.ACTUAL.name()
          + "' AND a.started_at >= ?1 AND a.started_at < ?2";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  public void countMonth(YearMonth month, Instant now) {
    MonthPeriod period = new MonthPeriod(month, month);
    Map<Long, Map<Long, Long>> reachPerMunicipality = reachPerMunicipality(period);
    Map<List<Object>, ActionMonthCount> counts = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT a.id, a.scope_region_id, a.kind, a.outcome, a.started_at,"
                + " (SELECT COUNT(*) FROM action_tip t WHERE t.action_id = a.id),"
                + " (SELECT COALESCE(SUM(r.recipients), 0) FROM action_round r"
                + " WHERE r.action_id = a.id),"
                + " (SELECT MIN(d.sent_at) FROM action_round r JOIN delivery d"
                + " ON d.request_id = r.send_request_id WHERE r.action_id = a.id AND r.number = 1)"
                + " FROM action a WHERE a.scope_region_id IS NOT NULL AND"
                + IN_MONTH,
            period)) {
      long actionId = number(row[0]);
      long region = number(row[1]);
      ActionKind kind = ActionKind.valueOf((String) row[2]);
      Instant started = instant(row[4]);
      ActionFigures action =
          new ActionFigures(
              Optional.ofNullable((String) row[3]).map(Outcome::valueOf),
              (int) number(row[5]),
              Optional.ofNullable(row[7])
                  .map(sent -> Duration.between(started, instant(sent)).toMillis() / 1000.0));
      count(counts, region, null, month, kind, now).add(action, number(row[6]));
      reachPerMunicipality
          .getOrDefault(actionId, Map.of())
          .forEach(
              (municipality, reached) ->
                  count(counts, region, municipality, month, kind, now).add(action, reached));
    }
    em.createNamedQuery(ActionMonthCount.DELETE_MONTH)
        .setParameter("month", month.toString())
        .executeUpdate();
    counts.values().forEach(em::persist);
  }

  private static ActionMonthCount count(
      Map<List<Object>, ActionMonthCount> counts,
      long region,
      Long municipality,
      YearMonth month,
      ActionKind kind,
      Instant now) {
    List<Object> key = new ArrayList<>();
    key.add(region);
    key.add(municipality);
    key.add(kind);
    return counts.computeIfAbsent(
        key, k -> new ActionMonthCount(region, municipality, month, kind, now));
  }

  /** Per action of the month: the participants it reached per municipality. */
  private Map<Long, Map<Long, Long>> reachPerMunicipality(MonthPeriod period) {
    Map<Long, Map<Long, Long>> reach = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT r.action_id, d.scope_municipality_id, COUNT(DISTINCT d.participant_id)"
                + " FROM action a JOIN action_round r ON r.action_id = a.id"
                + " JOIN delivery d ON d.request_id = r.send_request_id"
                + " WHERE d.scope_municipality_id IS NOT NULL AND"
                + IN_MONTH
                + " GROUP BY r.action_id, d.scope_municipality_id",
            period)) {
      reach
          .computeIfAbsent(number(row[0]), id -> new HashMap<>())
          .put(number(row[1]), number(row[2]));
    }
    return reach;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, MonthPeriod period) {
    return em.createNativeQuery(sql)
        .setParameter(1, Timestamp.from(period.start()))
        .setParameter(2, Timestamp.from(period.end()))
        .getResultList();
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}

package nl.burgernet.report.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.participant.entity.ErasedParticipant;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.report.entity.ParticipantBaseCount;
import nl.burgernet.report.entity.ParticipantBaseCount.Dimension;
import nl.burgernet.report.entity.ParticipantBaseMonth;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Counts the participant base for the MARAP into its own tables. Each count replaces the previous
 * one in one transaction, so a page never sees half a count. The counting is grouped in SQL; only
 * the age bands are made here, by the rule the erasure uses too.
 */
@Stateless
@ScopeFiltered
@SystemScope
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ParticipantFigureCounter {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** Participants who are or were taking part: registrations that never got there do not count. */
  private static final String EVER_ACTIVE = "status IN ('ACTIVE', 'UNSUBSCRIBED')";

  private static final String ACTIVE_IN_A_MUNICIPALITY =
      " WHERE p.status = 'ACTIVE' AND p.scope_municipality_id IS NOT NULL";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /** The active participants now, per municipality: total, channels, age bands, sources. */
  public void countBase(Instant now) {
    em.createNamedQuery(ParticipantBaseCount.DELETE_ALL).executeUpdate();
    Map<List<Object>, Long> counts = new HashMap<>();
    add(counts, Dimension.TOTAL, "'" + ParticipantBaseCount.ALL + "'", "participant p", now);
    add(
        counts,
        Dimension.CHANNEL,
        "c.channel",
        "participant p JOIN participant_channel c ON c.participant_id = p.id",
        now);
    add(counts, Dimension.SOURCE, "p.source", "participant p", now);
    int year = now.atZone(AMSTERDAM).getYear();
    for (Object[] row :
        rows(
            "SELECT p.scope_region_id, p.scope_municipality_id, p.year_of_birth, COUNT(*)"
                + " FROM participant p"
                + ACTIVE_IN_A_MUNICIPALITY
                + " GROUP BY p.scope_region_id, p.scope_municipality_id, p.year_of_birth")) {
      String band = ErasedParticipant.ageBand(((Number) row[2]).intValue(), year);
      counts.merge(List.of(row[0], row[1], Dimension.AGE, band), number(row[3]), Long::sum);
    }
    counts.forEach(
        (key, participants) ->
            em.persist(
                new ParticipantBaseCount(
                    number(key.get(0)),
                    number(key.get(1)),
                    (Dimension) key.get(2),
                    (String) key.get(3),
                    participants,
                    now)));
  }

  private void add(
      Map<List<Object>, Long> counts,
      Dimension dimension,
      String category,
      String from,
      Instant now) {
    for (Object[] row :
        rows(
            "SELECT p.scope_region_id, p.scope_municipality_id, "
                + category
                + ", COUNT(*) FROM "
                + from
                + ACTIVE_IN_A_MUNICIPALITY
                + " GROUP BY p.scope_region_id, p.scope_municipality_id, "
                + category)) {
      counts.put(List.of(row[0], row[1], dimension, String.valueOf(row[2])), number(row[3]));
    }
  }

  /**
   * The new participants and unsubscriptions of one Dutch month per municipality. New are those
   * registered in the month who took part since, including those whose data was erased later.
   */
  public void countMonth(YearMonth month, Instant now) {
    MonthPeriod period = new MonthPeriod(month, month);
    Map<List<Long>, long[]> perMunicipality = new HashMap<>();
    for (String table : List.of("participant", "erased_participant")) {
      String everActive = table.equals("participant") ? " AND " + EVER_ACTIVE : "";
      monthly(perMunicipality, table, "registered_at", everActive, period, 0);
    }
    monthly(perMunicipality, "participant_unsubscription", "unsubscribed_at", "", period, 1);
    em.createNamedQuery(ParticipantBaseMonth.DELETE_MONTH)
        .setParameter("month", month.toString())
        .executeUpdate();
    perMunicipality.forEach(
        (key, counts) ->
            em.persist(
                new ParticipantBaseMonth(
                    key.get(0), key.get(1), month, counts[0], counts[1], now)));
  }

  private void monthly(
      Map<List<Long>, long[]> perMunicipality,
      String table,
      String time,
      String condition,
      MonthPeriod period,
      int column) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT scope_region_id, scope_municipality_id, COUNT(*) FROM "
                    + table
                    + " WHERE "
                    + time
                    + " >= ?1 AND "
                    + time
                    + " < ?2 AND scope_municipality_id IS NOT NULL"
                    + condition
                    + " GROUP BY scope_region_id, scope_municipality_id")
            .setParameter(1, Timestamp.from(period.start()))
            .setParameter(2, Timestamp.from(period.end()))
            .getResultList();
    for (Object[] row : rows) {
      perMunicipality
              .computeIfAbsent(List.of(number(row[0]), number(row[1])), k -> new long[2])[column] +=
          number(row[2]);
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}

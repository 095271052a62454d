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
import java.util.function.Function;
import nl.burgernet.participant.entity.ErasedParticipant;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.report.entity.ParticipantAreaCount;
import nl.burgernet.report.entity.ParticipantAreaMonth;
import nl.burgernet.report.entity.ParticipantAreaMonth.Figure;
import nl.burgernet.report.entity.ParticipantBaseCount;
import nl.burgernet.report.entity.ParticipantBaseCount.Dimension;
import nl.burgernet.report.entity.ParticipantBaseMonth;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Counts the participant base for the MARAP into its own tables. Each count replaces the previous
 * one in one transaction, so a page never sees half a count. The counting is grouped in SQL per
 * municipality and postcode area (PC4); the municipalities' figures are the sums of their areas, so
 * a figure and its breakdown always agree. Only the age bands are made here, by the rule the
 * erasure uses too.
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

  /** The postcode area of the home address; '' for a participant whose data was erased. */
  private static final String POSTCODE4 = "COALESCE(LEFT(p.home_postcode, 4), '')";

  private static final String AREA = "p.scope_region_id, p.scope_municipality_id, " + POSTCODE4;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /** One count of a municipality's postcode area in one category. */
  private record Cell(
      long region, long municipality, String postcode4, Object dimension, String category) {

    static Cell of(Object[] row, Object dimension, String category) {
      return new Cell(number(row[0]), number(row[1]), (String) row[2], dimension, category);
    }

    Cell municipalityWide() {
      return new Cell(region, municipality, "", dimension, category);
    }
  }

  /** The active participants now, per municipality and area: total, channels, ages, sources. */
  public void countBase(Instant now) {
    em.createNamedQuery(ParticipantBaseCount.DELETE_ALL).executeUpdate();
    em.createNamedQuery(ParticipantAreaCount.DELETE_ALL).executeUpdate();
    Map<Cell, Long> counts = new HashMap<>();
    add(counts, Dimension.TOTAL, "'" + ParticipantBaseCount.ALL + "'", "participant p");
    add(
        counts,
        Dimension.CHANNEL,
        "c.channel",
        "participant p JOIN participant_channel c ON c.participant_id = p.id");
    add(counts, Dimension.SOURCE, "p.source", "participant p");
    int year = now.atZone(AMSTERDAM).getYear();
    add(
        counts,
        Dimension.AGE,
        "p.year_of_birth",
        "participant p",
        yearOfBirth -> ErasedParticipant.ageBand(((Number) yearOfBirth).intValue(), year));
    Map<Cell, Long> perMunicipality = new HashMap<>();
    counts.forEach(
        (cell, participants) -> {
          perMunicipality.merge(cell.municipalityWide(), participants, Long::sum);
          em.persist(
              new ParticipantAreaCount(
                  cell.region(),
                  cell.municipality(),
                  cell.postcode4(),
                  (Dimension) cell.dimension(),
                  cell.category(),
                  participants,
                  now));
        });
    perMunicipality.forEach(
        (cell, participants) ->
            em.persist(
                new ParticipantBaseCount(
                    cell.region(),
                    cell.municipality(),
                    (Dimension) cell.dimension(),
                    cell.category(),
                    participants,
                    now)));
  }

  private void add(Map<Cell, Long> counts, Dimension dimension, String category, String from) {
    add(counts, dimension, category, from, String::valueOf);
  }

  private void add(
      Map<Cell, Long> counts,
      Dimension dimension,
      String category,
      String from,
      Function<Object, String> categoryOf) {
    for (Object[] row :
        rows(
            "SELECT "
                + AREA
                + ", "
                + category
                + ", COUNT(*) FROM "
                + from
                + ACTIVE_IN_A_MUNICIPALITY
                + " GROUP BY "
                + AREA
                + ", "
                + category)) {
      counts.merge(Cell.of(row, dimension, categoryOf.apply(row[3])), number(row[4]), Long::sum);
    }
  }

  /**
   * The new participants and unsubscriptions of one Dutch month per municipality and area. New are
   * those registered in the month who took part since, including those whose data was erased later
   * (their area is no longer known); unsubscriptions are counted per reason.
   */
  public void countMonth(YearMonth month, Instant now) {
    MonthPeriod period = new MonthPeriod(month, month);
    Map<Cell, Long> counts = new HashMap<>();
    String newOnes = "'" + ParticipantAreaMonth.ALL + "'";
    merge(
        counts,
        Figure.NEW,
        inMonth(
            AREA,
            newOnes,
            "participant p",
            "p.registered_at",
            " AND p.scope_municipality_id IS NOT NULL AND p." + EVER_ACTIVE,
            period));
    merge(
        counts,
        Figure.NEW,
        inMonth(
            "e.scope_region_id, e.scope_municipality_id, ''",
            newOnes,
            "erased_participant e",
            "e.registered_at",
            " AND e.scope_municipality_id IS NOT NULL",
            period));
    merge(
        counts,
        Figure.UNSUBSCRIBED,
        inMonth(
            "u.scope_region_id, u.scope_municipality_id, " + POSTCODE4,
            "COALESCE(u.reason, '" + ParticipantAreaMonth.NO_REASON + "')",
            "participant_unsubscription u LEFT JOIN participant p ON p.id = u.participant_id",
            "u.unsubscribed_at",
            " AND u.scope_municipality_id IS NOT NULL",
            period));
    em.createNamedQuery(ParticipantBaseMonth.DELETE_MONTH)
        .setParameter("month", month.toString())
        .executeUpdate();
    em.createNamedQuery(ParticipantAreaMonth.DELETE_MONTH)
        .setParameter("month", month.toString())
        .executeUpdate();
    Map<List<Long>, long[]> perMunicipality = new HashMap<>();
    counts.forEach(
        (cell, participants) -> {
          long[] sums =
              perMunicipality.computeIfAbsent(
                  List.of(cell.region(), cell.municipality()), key -> new long[2]);
          sums[cell.dimension() == Figure.NEW ? 0 : 1] += participants;
          em.persist(
              new ParticipantAreaMonth(
                  cell.region(),
                  cell.municipality(),
                  cell.postcode4(),
                  month,
                  (Figure) cell.dimension(),
                  cell.category(),
                  participants,
                  now));
        });
    perMunicipality.forEach(
        (key, sums) ->
            em.persist(
                new ParticipantBaseMonth(key.get(0), key.get(1), month, sums[0], sums[1], now)));
  }

  private static void merge(Map<Cell, Long> counts, Figure figure, List<Object[]> rows) {
    for (Object[] row : rows) {
      counts.merge(Cell.of(row, figure, (String) row[3]), number(row[4]), Long::sum);
    }
  }

  /**
   * Rows of region, municipality, postcode area, category and count of what happened in the period.
   *
   * @param area the columns of region, municipality and postcode area
   * @param time the column of when it happened
   */
  private List<Object[]> inMonth(
      String area,
      String category,
      String from,
      String time,
      String condition,
      MonthPeriod period) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + area
                    + ", "
                    + category
                    + ", COUNT(*) FROM "
                    + from
                    + " WHERE "
                    + time
                    + " >= ?1 AND "
                    + time
                    + " < ?2"
                    + condition
                    + " GROUP BY "
                    + area
                    + ", "
                    + category)
            .setParameter(1, Timestamp.from(period.start()))
            .setParameter(2, Timestamp.from(period.end()))
            .getResultList();
    return rows;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}

package nl.burgernet.report.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.burgernet.platform.boundary.MonthPeriod;

/**
 * Which months the MARAP job counts: the current and the previous month at every run (late
 * approvals and closing actions still change them), older ones from the first registration or
 * action on until they were counted once after they closed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MarapMonths {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  public List<YearMonth> toCount(Instant now) {
    YearMonth current = MonthPeriod.monthOf(now);
    List<YearMonth> months = new ArrayList<>();
    Optional<YearMonth> first = firstMonth();
    if (first.isPresent()) {
      List<?> counted =
          em.createNativeQuery("SELECT month FROM marap_counted_month").getResultList();
      for (YearMonth month = first.get();
          month.isBefore(current.minusMonths(1));
          month = month.plusMonths(1)) {
        if (!counted.contains(month.toString())) {
          months.add(month);
        }
      }
    }
    months.add(current.minusMonths(1));
    months.add(current);
    return months;
  }

  /** The month was counted; once it is closed, it is not counted again. */
  public void counted(YearMonth month, Instant now) {
    if (month.isBefore(MonthPeriod.monthOf(now).minusMonths(1))) {
      em.createNativeQuery("INSERT INTO marap_counted_month (month, counted_at) VALUES (?1, ?2)")
          .setParameter(1, month.toString())
          .setParameter(2, Timestamp.from(now))
          .executeUpdate();
    }
  }

  private Optional<YearMonth> firstMonth() {
    Object first =
        em.createNativeQuery(
                "SELECT MIN(t) FROM (SELECT MIN(registered_at) AS t FROM participant"
                    + " UNION ALL SELECT MIN(registered_at) FROM erased_participant"
                    + " UNION ALL SELECT MIN(started_at) FROM action) firsts")
            .getSingleResult();
    return Optional.ofNullable(first)
        .map(t -> t instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) t)
        .map(MonthPeriod::monthOf);
  }
}

package nl.burgernet.participant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.participant.entity.UnsubscribeReason;
import nl.burgernet.participant.entity.Unsubscription;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * Why participants left, per month within the caller's scope (seed 004: "afmeldingen monitoren en
 * trends signaleren"), for the policy officers and the management report. Counts only.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.RELATION_MANAGER,
  StaffRole.Names.REGIONAL_HELPDESK,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR,
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR
})
public class UnsubscriptionFigures {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /** One entry per month of the period, also for months without unsubscriptions. */
  public List<ReasonMonth> months(@NotNull MonthPeriod period) {
    Map<YearMonth, Map<UnsubscribeReason, Long>> reasons = new HashMap<>();
    Map<YearMonth, Long> withoutReason = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(Unsubscription.BETWEEN, Object[].class)
            .setParameter("from", period.start())
            .setParameter("until", period.end())
            .getResultList()) {
      YearMonth month = MonthPeriod.monthOf((Instant) row[0]);
      if (row[1] == null) {
        withoutReason.merge(month, 1L, Long::sum);
      } else {
        reasons
            .computeIfAbsent(month, m -> new EnumMap<>(UnsubscribeReason.class))
            .merge((UnsubscribeReason) row[1], 1L, Long::sum);
      }
    }
    return period.months().stream()
        .map(
            month ->
                new ReasonMonth(
                    month,
                    reasons.getOrDefault(month, Map.of()),
                    withoutReason.getOrDefault(month, 0L)))
        .toList();
  }
}

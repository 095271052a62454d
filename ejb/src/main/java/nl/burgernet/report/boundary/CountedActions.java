package nl.burgernet.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.burgernet.action.entity.ActionDomain;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.Outcome;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.report.control.MarapAreas;
import nl.burgernet.report.entity.ActionFigures;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The actions behind a MARAP action figure: those started in the period in the region, or those
 * that reached participants in one of its municipalities (as {@link
 * nl.burgernet.report.control.ActionFigureCounter} counts them), narrowed to a kind, domain or
 * success. Read live, so after a count the list has as many actions as the figure.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR
})
public class CountedActions {

  /** Tips and the sum of the rounds' recipients of each action of a region. */
  private static final String OF_REGION =
      "SELECT a.id, a.started_at, a.kind, a.outcome,"
          + " (SELECT COALESCE(SUM(r.recipients), 0) FROM action_round r WHERE r.action_id = a.id),"
          + " (SELECT COUNT(*) FROM action_tip t WHERE t.action_id = a.id)"
          + " FROM action a WHERE a.scope_region_id = ?1"
          + " AND a.started_at >= ?2 AND a.started_at < ?3 ORDER BY a.started_at, a.id";

  /** Tips and the distinct participants reached in the municipality of each action there. */
  private static final String OF_MUNICIPALITY =
      "SELECT a.id, a.started_at, a.kind, a.outcome, COUNT(DISTINCT d.participant_id),"
          + " (SELECT COUNT(*) FROM action_tip t WHERE t.action_id = a.id)"
          + " FROM action a JOIN action_round r ON r.action_id = a.id"
          + " JOIN delivery d ON d.request_id = r.send_request_id"
          + " WHERE a.scope_region_id = ?1 AND a.started_at >= ?2 AND a.started_at < ?3"
          + " AND d.scope_municipality_id = ?4"
          + " GROUP BY a.id, a.started_at, a.kind, a.outcome ORDER BY a.started_at, a.id";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MarapAreas areas;

  /**
   * The counted actions, oldest first; a filter left empty does not narrow.
   *
   * @throws nl.burgernet.platform.boundary.NotFoundException for a region or municipality outside
   *     the caller's scope (the native query relies on this check for its scope)
   */
  @SuppressWarnings("unchecked")
  public List<CountedAction> of(
      @NotNull Long regionId,
      Long municipalityId,
      @NotNull MonthPeriod period,
      Optional<ActionKind> kind,
      Optional<ActionDomain> domain,
      Optional<ActionFigures.Success> success) {
    areas.region(regionId);
    var query =
        em.createNativeQuery(municipalityId == null ? OF_REGION : OF_MUNICIPALITY)
            .setParameter(1, regionId)
            .setParameter(2, Timestamp.from(period.start()))
            .setParameter(3, Timestamp.from(period.end()));
    if (municipalityId != null) {
      query.setParameter(4, areas.municipality(regionId, municipalityId).getId());
    }
    return ((List<Object[]>) query.getResultList())
        .stream()
            .map(CountedActions::action)
            .filter(action -> kind.map(action.kind()::equals).orElse(true))
            .filter(action -> domain.map(action.domain()::equals).orElse(true))
            .filter(action -> success.map(action.success()::equals).orElse(true))
            .toList();
  }

  private static CountedAction action(Object[] row) {
    return new CountedAction(
        ((Number) row[0]).longValue(),
        row[1] instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) row[1],
        ActionKind.valueOf((String) row[2]),
        Optional.ofNullable((String) row[3]).map(Outcome::valueOf),
        ((Number) row[4]).longValue(),
        ((Number) row[5]).intValue());
  }
}

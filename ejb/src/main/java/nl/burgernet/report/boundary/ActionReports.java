package nl.burgernet.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.burgernet.action.entity.ActionDomain;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.control.MarapAreas;
import nl.burgernet.report.entity.ActionMonthCount;
import nl.burgernet.report.entity.ActionTally;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The MARAP page "Acties" from the counts the MARAP job keeps: actions per month, kind and domain,
 * their reach, tips, success against the region's target and the time to the first message.
 * Municipality staff see the actions that reached their municipality.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR
})
public class ActionReports {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MarapAreas areas;

  /**
   * The actions of the region, or those that reached participants in one of its municipalities.
   *
   * @throws nl.burgernet.platform.boundary.NotFoundException outside the caller's scope
   */
  public ActionReport of(@NotNull Long regionId, Long municipalityId, @NotNull MonthPeriod period) {
    Region region = areas.region(regionId);
    Optional<Area> municipality =
        Optional.ofNullable(municipalityId)
            .map(id -> areas.municipality(regionId, id))
            .map(found -> new Area(found.getId(), found.getName()));
    List<ActionMonthCount> counts =
        (municipalityId == null
                ? em.createNamedQuery(ActionMonthCount.OF_REGION, ActionMonthCount.class)
                : em.createNamedQuery(ActionMonthCount.OF_MUNICIPALITY, ActionMonthCount.class)
                    .setParameter("municipality", municipalityId))
            .setParameter("region", regionId)
            .setParameter("from", period.from().toString())
            .setParameter("to", period.to().toString())
            .getResultList();
    Map<YearMonth, ActionTally> months = new TreeMap<>();
    period.months().forEach(month -> months.put(month, new ActionTally()));
    Map<ActionKind, ActionTally> kinds = tallies(ActionKind.class);
    Map<ActionDomain, ActionTally> domains = tallies(ActionDomain.class);
    ActionTally total = new ActionTally();
    for (ActionMonthCount count : counts) {
      months.get(count.getMonth()).add(count);
      kinds.get(count.getKind()).add(count);
      domains.get(ActionDomain.of(count.getKind())).add(count);
      total.add(count);
    }
    return new ActionReport(
        new Area(region.getId(), region.getName()),
        municipality,
        counts.stream().map(ActionMonthCount::getCountedAt).max(Comparator.naturalOrder()),
        region.getSuccessTargetPercent(),
        total,
        months.entrySet().stream()
            .map(month -> new ActionReport.Month(month.getKey(), month.getValue()))
            .toList(),
        kinds.entrySet().stream()
            .map(kind -> new ActionReport.Kind(kind.getKey(), kind.getValue()))
            .toList(),
        domains.entrySet().stream()
            .map(domain -> new ActionReport.Domain(domain.getKey(), domain.getValue()))
            .toList());
  }

  private static <E extends Enum<E>> Map<E, ActionTally> tallies(Class<E> type) {
    Map<E, ActionTally> tallies = new EnumMap<>(type);
    Arrays.stream(type.getEnumConstants()).forEach(value -> tallies.put(value, new ActionTally()));
    return tallies;
  }
}

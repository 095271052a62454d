package nl.burgernet.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.burgernet.participant.entity.UnsubscribeReason;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.MunicipalityFigures;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.boundary.ParticipantBase.MonthLine;
import nl.burgernet.report.boundary.ParticipantBase.MunicipalityLine;
import nl.burgernet.report.control.MarapAreas;
import nl.burgernet.report.control.MarapFigureRefresh;
import nl.burgernet.report.entity.ParticipantAreaMonth;
import nl.burgernet.report.entity.ParticipantBaseCount;
import nl.burgernet.report.entity.ParticipantBaseCount.Dimension;
import nl.burgernet.report.entity.ParticipantBaseMonth;
import nl.burgernet.report.entity.ParticipantCoverage;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The MARAP page "Deelnemersbestand": the participant base of a region with a drill-down to its
 * municipalities, from the counts the MARAP job keeps (never from the participants themselves, so a
 * page answers in milliseconds on millions of participants). Municipality staff see their
 * municipality only.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR
})
public class ParticipantBaseFigures {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MarapFigureRefresh refresh;

  @Inject private MarapAreas areas;

  /**
   * Counts the base now instead of at the next run (every ten minutes), e.g. after a large import.
   *
   * @return when it was counted
   */
  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public Instant countNow() {
    return refresh.countNow();
  }

  /** The regions in the caller's scope, by name. */
  public List<Area> regions() {
    return em.createNamedQuery(Region.ALL, Region.class).getResultList().stream()
        .map(region -> new Area(region.getId(), region.getName()))
        .toList();
  }

  /** The municipalities of the region that the caller may see, by name. */
  public List<Area> municipalities(@NotNull Long regionId) {
    return areas.municipalitiesOf(regionId).stream()
        .map(municipality -> new Area(municipality.getId(), municipality.getName()))
        .toList();
  }

  /**
   * The base of the region, or of one of its municipalities when {@code municipalityId} is set.
   *
   * @throws nl.burgernet.platform.boundary.NotFoundException for a region or municipality outside
   *     the caller's scope
   */
  public ParticipantBase of(
      @NotNull Long regionId, Long municipalityId, @NotNull MonthPeriod period) {
    Region region = areas.region(regionId);
    List<Municipality> municipalities =
        municipalityId == null
            ? areas.municipalitiesOf(regionId)
            : List.of(areas.municipality(regionId, municipalityId));
    Map<Long, List<ParticipantBaseCount>> counts = new HashMap<>();
    em.createNamedQuery(ParticipantBaseCount.OF_REGION, ParticipantBaseCount.class)
        .setParameter("region", regionId)
        .getResultList()
        .forEach(
            count ->
                counts
                    .computeIfAbsent(count.getScopeMunicipalityId(), id -> new ArrayList<>())
                    .add(count));
    List<MunicipalityLine> lines = new ArrayList<>();
    List<ParticipantBaseCount> areaCounts = new ArrayList<>();
    for (Municipality municipality : municipalities) {
      List<ParticipantBaseCount> own = counts.getOrDefault(municipality.getId(), List.of());
      areaCounts.addAll(own);
      ParticipantCoverage coverage = coverage(municipality, total(own));
      lines.add(
          new MunicipalityLine(
              new Area(municipality.getId(), municipality.getName()),
              coverage,
              sum(own, Dimension.CHANNEL),
              coverage.meets(region.getParticipantTargetPercent()),
              coverage.isRecruitmentFocus(region.getRecruitmentFocusPercent())));
    }
    ParticipantCoverage coverage =
        lines.stream()
            .map(MunicipalityLine::coverage)
            .reduce(new ParticipantCoverage(0, 0, 0), ParticipantCoverage::plus);
    return new ParticipantBase(
        new Area(region.getId(), region.getName()),
        municipalityId == null ? Optional.empty() : Optional.of(lines.get(0).municipality()),
        areaCounts.stream().map(ParticipantBaseCount::getCountedAt).max(Comparator.naturalOrder()),
        region.getParticipantTargetPercent(),
        region.getRecruitmentFocusPercent(),
        coverage,
        lines,
        sum(areaCounts, Dimension.CHANNEL),
        sum(areaCounts, Dimension.AGE),
        sum(areaCounts, Dimension.SOURCE),
        months(regionId, municipalities, period),
        reasons(regionId, municipalityId, period));
  }

  private static ParticipantCoverage coverage(Municipality municipality, long participants) {
    Optional<MunicipalityFigures> figures = municipality.latestFigures();
    return new ParticipantCoverage(
        participants,
        figures.map(f -> (long) f.getInhabitants()).orElse(0L),
        figures.map(f -> (long) f.getHouseholds()).orElse(0L));
  }

  private static long total(List<ParticipantBaseCount> counts) {
    return counts.stream()
        .filter(count -> count.getDimension() == Dimension.TOTAL)
        .mapToLong(ParticipantBaseCount::getParticipants)
        .sum();
  }

  private static Map<String, Long> sum(List<ParticipantBaseCount> counts, Dimension dimension) {
    Map<String, Long> sums = new TreeMap<>();
    counts.stream()
        .filter(count -> count.getDimension() == dimension)
        .forEach(count -> sums.merge(count.getCategory(), count.getParticipants(), Long::sum));
    return sums;
  }

  private List<MonthLine> months(
      Long regionId, List<Municipality> municipalities, MonthPeriod period) {
    List<Long> ids = municipalities.stream().map(Municipality::getId).toList();
    Map<YearMonth, long[]> perMonth = new HashMap<>();
    em
        .createNamedQuery(ParticipantBaseMonth.OF_REGION, ParticipantBaseMonth.class)
        .setParameter("region", regionId)
        .setParameter("from", period.from().toString())
        .setParameter("to", period.to().toString())
        .getResultList()
        .stream()
        .filter(month -> ids.contains(month.getScopeMunicipalityId()))
        .forEach(
            month -> {
              long[] sums = perMonth.computeIfAbsent(month.getMonth(), m -> new long[2]);
              sums[0] += month.getNewParticipants();
              sums[1] += month.getUnsubscriptions();
            });
    return period.months().stream()
        .map(
            month -> {
              long[] sums = perMonth.getOrDefault(month, new long[2]);
              return new MonthLine(month, sums[0], sums[1]);
            })
        .toList();
  }

  /** From the month counts, like the unsubscriptions per month, so the two always agree. */
  private Map<UnsubscribeReason, Long> reasons(
      Long regionId, Long municipalityId, MonthPeriod period) {
    Map<UnsubscribeReason, Long> reasons = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(ParticipantAreaMonth.PER_CATEGORY, Object[].class)
            .setParameter("region", regionId)
            .setParameter("figure", ParticipantAreaMonth.Figure.UNSUBSCRIBED)
            .setParameter("municipality", municipalityId == null ? 0L : municipalityId)
            .setParameter("from", period.from().toString())
            .setParameter("to", period.to().toString())
            .getResultList()) {
      String reason = (String) row[0];
      reasons.put(
          reason.equals(ParticipantAreaMonth.NO_REASON) ? null : UnsubscribeReason.valueOf(reason),
          ((Number) row[1]).longValue());
    }
    return reasons;
  }
}

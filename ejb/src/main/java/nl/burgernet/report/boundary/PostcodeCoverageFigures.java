package nl.burgernet.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.PostcodeArea;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.boundary.PostcodeCoverage.AreaLine;
import nl.burgernet.report.control.MarapAreas;
import nl.burgernet.report.entity.ParticipantCoverage;
import nl.burgernet.report.entity.PostcodeAreaCount;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The MARAP page "Burgernetkaart": how well the participants are spread over the postcode areas of
 * a region or municipality, from the counts the MARAP job keeps (a page reads a few hundred rows,
 * never the participants). An area is flagged for recruitment below {@code
 * burgernet.marap.coverage-threshold-percent} of its inhabitants, or below the region's target
 * share when that is not set. Municipality staff see their municipality only.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR
})
public class PostcodeCoverageFigures {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MarapAreas areas;

  @Inject
  @ConfigProperty(name = "burgernet.marap.coverage-threshold-percent")
  Optional<BigDecimal> configuredThreshold;

  /**
   * The postcode areas of the region, or of one of its municipalities when {@code municipalityId}
   * is set.
   *
   * @throws nl.burgernet.platform.boundary.NotFoundException for a region or municipality outside
   *     the caller's scope
   */
  public PostcodeCoverage of(@NotNull Long regionId, Long municipalityId) {
    Region region = areas.region(regionId);
    List<Municipality> municipalities =
        municipalityId == null
            ? areas.municipalitiesOf(regionId)
            : List.of(areas.municipality(regionId, municipalityId));
    Map<Long, Area> shown =
        municipalities.stream()
            .collect(Collectors.toMap(Municipality::getId, m -> new Area(m.getId(), m.getName())));
    Map<String, PostcodeAreaCount> counts =
        em
            .createNamedQuery(PostcodeAreaCount.OF_REGION, PostcodeAreaCount.class)
            .setParameter("region", regionId)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(PostcodeAreaCount::getPostcode4, Function.identity()));
    BigDecimal threshold = configuredThreshold.orElse(region.getParticipantTargetPercent());
    List<PostcodeArea> inScope =
        em
            .createNamedQuery(PostcodeArea.OF_REGION, PostcodeArea.class)
            .setParameter("region", regionId)
            .getResultList()
            .stream()
            .filter(area -> shown.containsKey(area.getScopeMunicipalityId()))
            .toList();
    List<AreaLine> lines =
        inScope.stream()
            .map(
                area -> {
                  PostcodeAreaCount count = counts.get(area.getPostcode4());
                  ParticipantCoverage coverage =
                      new ParticipantCoverage(
                          count == null ? 0 : count.getParticipants(),
                          area.getInhabitants(),
                          area.getHouseholds());
                  return new AreaLine(
                      area.getPostcode4(),
                      shown.get(area.getScopeMunicipalityId()),
                      area.getLatitude(),
                      area.getLongitude(),
                      coverage,
                      coverage.level(threshold));
                })
            .toList();
    return new PostcodeCoverage(
        new Area(region.getId(), region.getName()),
        municipalityId == null
            ? Optional.empty()
            : Optional.of(shown.get(municipalities.get(0).getId())),
        inScope.stream()
            .map(area -> counts.get(area.getPostcode4()))
            .filter(count -> count != null)
            .map(PostcodeAreaCount::getCountedAt)
            .max(Comparator.naturalOrder()),
        threshold,
        lines);
  }
}

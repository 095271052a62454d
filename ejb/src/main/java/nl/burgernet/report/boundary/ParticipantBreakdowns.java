package nl.burgernet.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ErasedParticipant;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.participant.entity.UnsubscribeReason;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.boundary.ParticipantBreakdown.AreaLine;
import nl.burgernet.report.boundary.ParticipantBreakdown.MunicipalityLine;
import nl.burgernet.report.control.MarapAreas;
import nl.burgernet.report.entity.ParticipantAreaCount;
import nl.burgernet.report.entity.ParticipantAreaMonth;
import nl.burgernet.report.entity.ParticipantBaseCount;
import nl.burgernet.report.entity.ParticipantBaseCount.Dimension;
import nl.burgernet.report.entity.SmallCounts;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The MARAP page "Uitsplitsing": where the participants behind a figure of the participant base
 * live, per municipality and postcode area, without showing any participant. Read from the counts
 * the MARAP job keeps with the figures (so a breakdown adds up to its figure and never scans the
 * participants); municipality staff see their municipality only.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR
})
public class ParticipantBreakdowns {

  /** The postcode area of participants whose data was erased. */
  private static final String UNKNOWN_AREA = "";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MarapAreas areas;

  /**
   * The figure of the region, or of one of its municipalities when {@code municipalityId} is set,
   * per municipality and postcode area.
   *
   * @param category the channel, age band or source of such a figure, or the reason of the
   *     unsubscriptions (NONE: without a reason; empty: all of them); empty for the other figures
   * @throws nl.burgernet.platform.boundary.NotFoundException for a region or municipality outside
   *     the caller's scope
   * @throws InvalidInputException for a category the figure does not have
   */
  public ParticipantBreakdown of(
      @NotNull Long regionId,
      Long municipalityId,
      @NotNull MonthPeriod period,
      @NotNull BaseFigure figure,
      String category) {
    Optional<String> chosen = Optional.ofNullable(category).filter(text -> !text.isBlank());
    check(figure, chosen);
    Area region = new Area(regionId, areas.region(regionId).getName());
    List<Municipality> municipalities =
        municipalityId == null
            ? areas.municipalitiesOf(regionId)
            : List.of(areas.municipality(regionId, municipalityId));
    Counts counts = new Counts();
    if (figure == BaseFigure.NET_GROWTH) {
      counts.add(months(regionId, ParticipantAreaMonth.Figure.NEW, "", period), 1);
      counts.add(months(regionId, ParticipantAreaMonth.Figure.UNSUBSCRIBED, "", period), -1);
    } else if (figure.ofMonths()) {
      counts.add(months(regionId, figure.monthly().orElseThrow(), chosen.orElse(""), period), 1);
    } else {
      counts.add(
          em.createNamedQuery(ParticipantAreaCount.OF_SELECTION, Object[].class)
              .setParameter("region", regionId)
              .setParameter("dimension", figure.dimension().orElseThrow())
              .setParameter(
                  "category",
                  figure.dimension().orElseThrow() == Dimension.TOTAL
                      ? ParticipantBaseCount.ALL
                      : chosen.orElseThrow())
              .getResultList(),
          1);
    }
    List<MunicipalityLine> lines = new ArrayList<>();
    for (Municipality municipality : municipalities) {
      Map<String, Long> perArea = counts.of(municipality.getId());
      long count = perArea.values().stream().mapToLong(Long::longValue).sum();
      Area area = new Area(municipality.getId(), municipality.getName());
      if (!figure.perPostcodeArea()) {
        lines.add(new MunicipalityLine(area, count, List.of(), 0, 0));
        continue;
      }
      long unknown = Optional.ofNullable(perArea.remove(UNKNOWN_AREA)).orElse(0L);
      SmallCounts.Split<String> split = SmallCounts.split(perArea);
      lines.add(
          new MunicipalityLine(
              area,
              count,
              split.named().entrySet().stream()
                  .map(named -> new AreaLine(named.getKey(), named.getValue()))
                  .toList(),
              split.rest(),
              unknown));
    }
    return new ParticipantBreakdown(
        region,
        municipalityId == null ? Optional.empty() : Optional.of(lines.get(0).municipality()),
        figure,
        chosen,
        period,
        Optional.ofNullable(counts.countedAt),
        lines.stream().mapToLong(MunicipalityLine::count).sum(),
        SmallCounts.MINIMUM,
        lines);
  }

  private List<Object[]> months(
      Long regionId, ParticipantAreaMonth.Figure figure, String category, MonthPeriod period) {
    return em.createNamedQuery(ParticipantAreaMonth.OF_SELECTION, Object[].class)
        .setParameter("region", regionId)
        .setParameter("figure", figure)
        .setParameter("category", category)
        .setParameter("from", period.from().toString())
        .setParameter("to", period.to().toString())
        .getResultList();
  }

  private static void check(BaseFigure figure, Optional<String> category) {
    if (figure.needsCategory() && category.isEmpty()) {
      throw new InvalidInputException("marap.breakdown.categoryRequired");
    }
    if (category.isPresent() && !categoriesOf(figure).contains(category.get())) {
      throw new InvalidInputException("marap.breakdown.unknownCategory", category.get());
    }
  }

  private static Set<String> categoriesOf(BaseFigure figure) {
    return switch (figure) {
      case CHANNEL -> names(Channel.values());
      case SOURCE -> names(RegistrationSource.values());
      case AGE ->
          IntStream.rangeClosed(0, 120)
              .mapToObj(age -> ErasedParticipant.ageBand(2000 - age, 2000))
              .collect(Collectors.toSet());
      case UNSUBSCRIBED ->
          Stream.concat(
                  names(UnsubscribeReason.values()).stream(),
                  Stream.of(ParticipantAreaMonth.NO_REASON))
              .collect(Collectors.toSet());
      default -> Set.of();
    };
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }

  /** Counts per municipality and postcode area, from rows of the counts' selection queries. */
  private static final class Counts {

    private final Map<Long, Map<String, Long>> perMunicipality = new HashMap<>();
    private Instant countedAt;

    /** Adds rows of municipality id, postcode4, count, counted at, with the sign given. */
    void add(List<Object[]> rows, int sign) {
      for (Object[] row : rows) {
        perMunicipality
            .computeIfAbsent(((Number) row[0]).longValue(), id -> new TreeMap<>())
            .merge((String) row[1], sign * ((Number) row[2]).longValue(), Long::sum);
        Instant at = instant(row[3]);
        countedAt = countedAt == null || at.isAfter(countedAt) ? at : countedAt;
      }
    }

    /** A MAX of an Instant attribute may come back as the column's JDBC type. */
    private static Instant instant(Object value) {
      return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    Map<String, Long> of(Long municipalityId) {
      return new TreeMap<>(perMunicipality.getOrDefault(municipalityId, Map.of()));
    }
  }
}

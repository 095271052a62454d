package nl.burgernet.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.control.MarapAreas;
import nl.burgernet.report.entity.MailCount;
import nl.burgernet.report.entity.MailTarget;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/** The MARAP page "Burgernetmail" from the mails the MARAP job counted. */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR
})
public class MailReports {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MarapAreas areas;

  /**
   * The mails of the region's municipalities sent in the period, or of one of them.
   *
   * @throws nl.burgernet.platform.boundary.NotFoundException outside the caller's scope
   */
  public MailReport of(@NotNull Long regionId, Long municipalityId, @NotNull MonthPeriod period) {
    Region region = areas.region(regionId);
    List<Municipality> municipalities =
        municipalityId == null
            ? areas.municipalitiesOf(regionId)
            : List.of(areas.municipality(regionId, municipalityId));
    List<MailCount> mails =
        em.createNamedQuery(MailCount.OF_REGION, MailCount.class)
            .setParameter("region", regionId)
            .setParameter("from", period.start())
            .setParameter("until", period.end())
            .getResultList();
    Map<Long, List<MailCount>> perMunicipality =
        mails.stream().collect(Collectors.groupingBy(MailCount::getScopeMunicipalityId));
    List<?> withAmbassador =
        em.createNamedQuery(StaffAccount.MUNICIPALITIES_WITH_ROLE)
            .setParameter("role", StaffRole.MUNICIPALITY_AMBASSADOR)
            .setParameter("region", regionId)
            .getResultList();
    int target = new MailTarget(region.getMailsPerYearTarget()).forMonths(period.months().size());
    List<MailReport.Line> lines =
        municipalities.stream()
            .map(
                municipality -> {
                  List<MailCount> own =
                      perMunicipality.getOrDefault(municipality.getId(), List.of());
                  return new MailReport.Line(
                      new Area(municipality.getId(), municipality.getName()),
                      own.size(),
                      own.stream().mapToLong(MailCount::getRecipients).sum(),
                      own.stream().mapToLong(MailCount::getUndelivered).sum(),
                      withAmbassador.contains(municipality.getId()),
                      own.size() >= target);
                })
            .toList();
    Map<MailKind, Long> kinds = new EnumMap<>(MailKind.class);
    for (MailKind kind : MailKind.values()) {
      kinds.put(kind, 0L);
    }
    lines.stream()
        .map(line -> perMunicipality.getOrDefault(line.municipality().id(), List.of()))
        .flatMap(List::stream)
        .forEach(mail -> kinds.merge(mail.getKind(), 1L, Long::sum));
    return new MailReport(
        new Area(region.getId(), region.getName()),
        municipalityId == null ? Optional.empty() : Optional.of(lines.get(0).municipality()),
        mails.stream().map(MailCount::getCountedAt).max(Comparator.naturalOrder()),
        target,
        lines,
        kinds);
  }
}

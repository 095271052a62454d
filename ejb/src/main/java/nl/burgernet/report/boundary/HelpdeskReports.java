package nl.burgernet.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import nl.burgernet.helpdesk.boundary.HelpdeskFigures;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.control.MarapAreas;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The MARAP page "Helpdesk": tickets per line, escalations, answers in time, turnaround and
 * complaints per category for a region or municipality the caller may see (the helpdesk's own
 * figures, with the area checked against the caller's scope first).
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR
})
public class HelpdeskReports {

  @Inject private MarapAreas areas;

  @Inject private HelpdeskFigures figures;

  public HelpdeskReport of(
      @NotNull Long regionId, Long municipalityId, @NotNull MonthPeriod period) {
    Region region = areas.region(regionId);
    Optional<Area> municipality =
        Optional.ofNullable(municipalityId)
            .map(id -> areas.municipality(regionId, id))
            .map(found -> new Area(found.getId(), found.getName()));
    return new HelpdeskReport(
        new Area(region.getId(), region.getName()),
        municipality,
        figures.months(regionId, municipalityId, period));
  }
}

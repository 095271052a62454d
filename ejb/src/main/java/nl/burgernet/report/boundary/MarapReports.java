package nl.burgernet.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/** The MARAP pages together, for the quarterly and yearly reports to download or mail. */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR
})
public class MarapReports {

  @Inject private ParticipantBaseFigures participants;

  @Inject private PostcodeCoverageFigures coverage;

  @Inject private ActionReports actions;

  @Inject private MailReports mails;

  @Inject private HelpdeskReports helpdesk;

  public MarapReport of(@NotNull Long regionId, Long municipalityId, @NotNull MonthPeriod period) {
    return new MarapReport(
        period,
        participants.of(regionId, municipalityId, period),
        coverage.of(regionId, municipalityId),
        actions.of(regionId, municipalityId, period),
        mails.of(regionId, municipalityId, period),
        helpdesk.of(regionId, municipalityId, period));
  }
}

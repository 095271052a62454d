package nl.burgernet.helpdesk.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import nl.burgernet.helpdesk.control.TicketFigures;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.helpdesk.entity.TicketFact;
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The helpdesk's figures per month within the caller's scope: tickets per line, escalations,
 * turnaround and answers in time, overdue tickets, and complaints per category, for the helpdesk,
 * the policy officers who watch the complaint trends, and the management report. Nothing personal
 * leaves.
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
public class HelpdeskFigures {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  /** One entry per month of the period, also for months without tickets. */
  public List<MonthFigures> months(@NotNull MonthPeriod period) {
    List<TicketFact> facts =
        em.createNamedQuery(Ticket.RECEIVED_BETWEEN, TicketFact.class)
            .setParameter("from", period.start())
            .setParameter("until", period.end())
            .getResultList();
    return TicketFigures.perMonth(facts, period, clock.instant());
  }

  /** The same for a region, or one of its municipalities when {@code municipalityId} is set. */
  public List<MonthFigures> months(
      @NotNull Long regionId, Long municipalityId, @NotNull MonthPeriod period) {
    List<TicketFact> facts =
        em.createNamedQuery(Ticket.RECEIVED_IN_AREA_BETWEEN, TicketFact.class)
            .setParameter("region", regionId)
            .setParameter("municipality", municipalityId == null ? 0L : municipalityId)
            .setParameter("from", period.start())
            .setParameter("until", period.end())
            .getResultList();
    return TicketFigures.perMonth(facts, period, clock.instant());
  }
}

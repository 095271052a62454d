package nl.burgernet.helpdesk.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import nl.burgernet.helpdesk.control.TicketFigures;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.helpdesk.entity.TicketFact;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The helpdesk's figures per month within the caller's scope: tickets per line, escalations,
 * turnaround and answers in time, and complaints per category, for the helpdesk, the policy
 * officers who watch the complaint trends, and the management report. Nothing personal leaves.
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

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** At most this many months at once: the report covers a year, trends a few months. */
  static final int MAXIMUM_MONTHS = 36;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /** The months from {@code from} to {@code to}, both included. */
  public List<MonthFigures> months(@NotNull YearMonth from, @NotNull YearMonth to) {
    if (to.isBefore(from) || from.plusMonths(MAXIMUM_MONTHS).isBefore(to)) {
      throw new InvalidInputException("helpdesk.figures.period");
    }
    List<TicketFact> facts =
        em.createNamedQuery(Ticket.RECEIVED_BETWEEN, TicketFact.class)
            .setParameter("from", from.atDay(1).atStartOfDay(AMSTERDAM).toInstant())
            .setParameter("until", to.plusMonths(1).atDay(1).atStartOfDay(AMSTERDAM).toInstant())
            .getResultList();
    return TicketFigures.perMonth(facts, from, to);
  }
}

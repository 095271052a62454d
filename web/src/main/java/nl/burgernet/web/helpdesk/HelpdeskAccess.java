package nl.burgernet.web.helpdesk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.security.entity.StaffRole;

/**
 * Which helpdesk pages (and the participant mail texts kept next to them) the caller may open: the
 * same roles as web.xml and the services.
 */
@Named
@RequestScoped
public class HelpdeskAccess {

  private static final List<String> TICKET_ROLES =
      List.of(StaffRole.Names.RELATION_MANAGER, StaffRole.Names.REGIONAL_HELPDESK);

  private static final List<String> ISSUE_ROLES =
      List.of(
          StaffRole.Names.RELATION_MANAGER,
          StaffRole.Names.REGIONAL_HELPDESK,
          StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
          StaffRole.Names.MANAGER);

  private static final List<String> TREND_ROLES =
      List.of(
          StaffRole.Names.RELATION_MANAGER,
          StaffRole.Names.REGIONAL_HELPDESK,
          StaffRole.Names.MUNICIPALITY_AMBASSADOR,
          StaffRole.Names.MANAGER,
          StaffRole.Names.STEERING_GROUP_MEMBER,
          StaffRole.Names.FUNCTIONAL_ADMINISTRATOR);

  @Inject private ExternalContext externalContext;

  public boolean isTickets() {
    return TICKET_ROLES.stream().anyMatch(externalContext::isUserInRole);
  }

  public boolean isTrends() {
    return TREND_ROLES.stream().anyMatch(externalContext::isUserInRole);
  }

  public boolean isIssues() {
    return ISSUE_ROLES.stream().anyMatch(externalContext::isUserInRole);
  }

  /** Relation management and functional administration keep the participant mail texts. */
  public boolean isMailTexts() {
    return externalContext.isUserInRole(StaffRole.Names.RELATION_MANAGER)
        || externalContext.isUserInRole(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR);
  }

  /** Only the functional administrator decides on the issue list. */
  public boolean isIssueDecider() {
    return externalContext.isUserInRole(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR);
  }

  /** The functional administrator raises items without a ticket behind them. */
  public boolean isIssueRaiser() {
    return isTickets() || isIssueDecider();
  }
}

package nl.burgernet.web.helpdesk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.helpdesk.boundary.TicketCounts;
import nl.burgernet.helpdesk.boundary.Tickets;

/** The helpdesk's landing page: the open tickets per line and the overdue ones. */
@Named("helpdeskLanding")
@RequestScoped
public class HelpdeskLandingBacking {

  @Inject private Tickets tickets;

  private TicketCounts counts;

  public TicketCounts getCounts() {
    if (counts == null) {
      counts = tickets.counts();
    }
    return counts;
  }
}

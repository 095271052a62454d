package nl.burgernet.helpdesk.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many working days each line has to answer a ticket, from the configuration. */
@ApplicationScoped
public class Turnaround {

  @Inject
  @ConfigProperty(name = "burgernet.helpdesk.first-line-days", defaultValue = "5")
  int firstLineDays;

  @Inject
  @ConfigProperty(name = "burgernet.helpdesk.second-line-days", defaultValue = "10")
  int secondLineDays;

  /** When a ticket that reaches the line now is due. */
  public Instant dueAt(HelpdeskLine line, Instant now) {
    return WorkingDays.after(now, line == HelpdeskLine.FIRST ? firstLineDays : secondLineDays);
  }
}

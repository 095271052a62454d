package nl.burgernet.web.helpdesk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.burgernet.helpdesk.boundary.TicketCounts;
import nl.burgernet.helpdesk.boundary.Tickets;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.web.faces.Messages;
import nl.burgernet.web.report.MarapFilter;

/**
 * /portal/helpdesk/meldingen.xhtml: the open tickets of the caller's scope, the first due first and
 * overdue ones marked, the latest answered and closed ones, and the dialog to take a new ticket.
 * With the GET parameters of the management report (regio, gemeente, van, tot as yyyy-MM) it also
 * lists every ticket received in those months there: what a MARAP helpdesk figure links to.
 */
@Named("ticketList")
@ViewScoped
public class TicketListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Tickets tickets;

  @Inject private Clock clock;

  /** The management report's GET parameters, when the list was opened from one of its figures. */
  @Inject private MarapFilter marap;

  private TicketCounts counts = new TicketCounts(0, 0, 0);
  private List<TicketRow> pending = List.of();
  private List<TicketRow> done = List.of();
  private TicketForm form = new TicketForm();
  private List<TicketRow> received;

  /** View action: the lists as they are now. */
  public void load() {
    Instant now = clock.instant();
    counts = tickets.counts();
    pending = tickets.pending().stream().map(ticket -> TicketRow.of(ticket, now)).toList();
    done = tickets.recentlyDone().stream().map(ticket -> TicketRow.of(ticket, now)).toList();
    if (marap.getRegionId() != null && marap.getFrom() != null) {
      received =
          tickets
              .receivedIn(marap.getRegionId(), marap.getMunicipalityId(), marap.period())
              .stream()
              .map(ticket -> TicketRow.of(ticket, now))
              .toList();
    }
  }

  public void startNew() {
    form = new TicketForm();
  }

  /** Registers the ticket and opens it, so the employee can go on with it. */
  public String register() {
    Ticket ticket = tickets.register(form.toNewTicket());
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    Messages.info(context, Messages.text(context, "helpdesk.registered", ticket.getNumber()));
    return "/portal/helpdesk/melding?faces-redirect=true&id=" + ticket.getId();
  }

  /** The tickets received in the months asked for; null when none were asked for. */
  public List<TicketRow> getReceived() {
    return received;
  }

  public TicketCounts getCounts() {
    return counts;
  }

  public List<TicketRow> getPending() {
    return pending;
  }

  public List<TicketRow> getDone() {
    return done;
  }

  public TicketForm getForm() {
    return form;
  }
}

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
import nl.burgernet.platform.boundary.MonthPeriod;
import nl.burgernet.web.faces.Messages;

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

  private TicketCounts counts = new TicketCounts(0, 0, 0);
  private List<TicketRow> pending = List.of();
  private List<TicketRow> done = List.of();
  private TicketForm form = new TicketForm();
  private Long regionId;
  private Long municipalityId;
  private String from;
  private String to;
  private List<TicketRow> received;

  /** View action: the lists as they are now. */
  public void load() {
    Instant now = clock.instant();
    counts = tickets.counts();
    pending = tickets.pending().stream().map(ticket -> TicketRow.of(ticket, now)).toList();
    done = tickets.recentlyDone().stream().map(ticket -> TicketRow.of(ticket, now)).toList();
    if (regionId != null && from != null && to != null) {
      MonthPeriod period =
          new MonthPeriod(MonthPeriod.parseMonth(from), MonthPeriod.parseMonth(to));
      received =
          tickets.receivedIn(regionId, municipalityId, period).stream()
              .map(ticket -> TicketRow.of(ticket, now))
              .toList();
    }
  }

  /** The tickets received in the months asked for; null when none were asked for. */
  public List<TicketRow> getReceived() {
    return received;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public Long getMunicipalityId() {
    return municipalityId;
  }

  public void setMunicipalityId(Long municipalityId) {
    this.municipalityId = municipalityId;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
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

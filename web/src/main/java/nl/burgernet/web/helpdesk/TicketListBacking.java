package nl.burgernet.web.helpdesk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.burgernet.helpdesk.boundary.TicketCounts;
import nl.burgernet.helpdesk.boundary.TicketFilter;
import nl.burgernet.helpdesk.boundary.Tickets;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.helpdesk.entity.TicketStatus;
import nl.burgernet.web.faces.AreaPeriodParameters;
import nl.burgernet.web.faces.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /portal/helpdesk/meldingen.xhtml: the tickets of the caller's scope, the open ones first (the
 * first due first, overdue ones marked), then the answered and closed ones, paged in the database,
 * and the dialog to take a new ticket. The filter lives in the GET parameters (status, lijn,
 * categorie, toegewezen, regio, gemeente, van, tot, zoek), so a link reproduces the list; the
 * management report links with regio, gemeente and the months van and tot (yyyy-MM) to the tickets
 * it counted as received there.
 */
@Named("ticketList")
@ViewScoped
public class TicketListBacking extends AreaPeriodParameters {

  private static final long serialVersionUID = 1L;

  @Inject private Tickets tickets;

  @Inject private Clock clock;

  private TicketCounts counts = new TicketCounts(0, 0, 0);
  private TicketForm form = new TicketForm();

  private TicketStatus status;
  private HelpdeskLine line;
  private ComplaintCategory category;
  private TicketFilter.Assignee assignee;
  private String text;

  /** The filter of the list shown; null while the GET parameters are refused. */
  private TicketFilter shown;

  private long total;

  private final LazyDataModel<TicketRow> rows = new Rows();

  /** View action: the counts, and the filter checked before the list is shown. */
  public void load() {
    counts = tickets.counts();
    TicketFilter asked = criteria();
    total = tickets.count(asked);
    shown = asked;
  }

  /** Shows the list the form asks for, as a link of its own. */
  public String applyFilter() {
    return "/portal/helpdesk/meldingen?faces-redirect=true&includeViewParams=true";
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

  /** Whether the list covers a period, as when the management report linked to it. */
  public boolean isPeriod() {
    return from != null && !from.isBlank() || to != null && !to.isBlank();
  }

  private TicketFilter criteria() {
    return new TicketFilter(
        status,
        line,
        category,
        null,
        null,
        assignee,
        regionId,
        municipalityId,
        DayOrMonth.from(from),
        DayOrMonth.to(to),
        text);
  }

  /** The pages of the list, each read from the database when shown. */
  private class Rows extends LazyDataModel<TicketRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) tickets.count(shown);
    }

    @Override
    public List<TicketRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Instant now = clock.instant();
      return tickets.page(shown, first, pageSize).stream()
          .map(ticket -> TicketRow.of(ticket, now))
          .toList();
    }

    @Override
    public String getRowKey(TicketRow row) {
      return String.valueOf(row.id());
    }
  }

  /** Whether the GET parameters were accepted and the list can be shown. */
  public boolean isShown() {
    return shown != null;
  }

  /** How many tickets pass the filter. */
  public long getTotal() {
    return total;
  }

  public LazyDataModel<TicketRow> getRows() {
    return rows;
  }

  public TicketCounts getCounts() {
    return counts;
  }

  public TicketForm getForm() {
    return form;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public void setStatus(TicketStatus status) {
    this.status = status;
  }

  public HelpdeskLine getLine() {
    return line;
  }

  public void setLine(HelpdeskLine line) {
    this.line = line;
  }

  public ComplaintCategory getCategory() {
    return category;
  }

  public void setCategory(ComplaintCategory category) {
    this.category = category;
  }

  public TicketFilter.Assignee getAssignee() {
    return assignee;
  }

  public void setAssignee(TicketFilter.Assignee assignee) {
    this.assignee = assignee;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}

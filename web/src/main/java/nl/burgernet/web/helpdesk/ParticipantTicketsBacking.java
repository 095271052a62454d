package nl.burgernet.web.helpdesk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.burgernet.helpdesk.boundary.TicketFilter;
import nl.burgernet.helpdesk.boundary.Tickets;

/**
 * The helpdesk tickets about the participant on /portal/deelnemers/deelnemer.xhtml, so whoever
 * opens a participant sees what they asked or complained about, and the number the ticket form asks
 * for. Read once per view: every read of tickets is audited.
 */
@Named("participantTickets")
@ViewScoped
public class ParticipantTicketsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Tickets tickets;

  @Inject private Clock clock;

  private Long participantId;
  private List<TicketRow> rows = List.of();

  public List<TicketRow> about(long participant) {
    if (participantId == null || participantId != participant) {
      Instant now = clock.instant();
      rows =
          tickets.list(TicketFilter.about(participant)).stream()
              .map(ticket -> TicketRow.of(ticket, now))
              .toList();
      participantId = participant;
    }
    return rows;
  }
}

package nl.burgernet.web.helpdesk;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.burgernet.helpdesk.boundary.NewTicket;
import nl.burgernet.helpdesk.boundary.TicketFilter;
import nl.burgernet.helpdesk.boundary.Tickets;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.ReceivedBy;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.helpdesk.entity.TicketKind;
import nl.burgernet.helpdesk.entity.TicketStatus;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.web.api.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Helpdesk tickets for staff systems, the same desk as the portal's pages: a municipality (first
 * line) sees its own tickets, the regional bureau (second line) those of its region. Bodies are
 * read as text so that every bad input, also JSON that does not parse, is a Dutch problem document;
 * an id that is no number, unknown or outside the caller's scope is the same "not found".
 */
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

  private static final String TICKET = "Ticket";

  @Inject private Tickets tickets;

  @Inject private Clock clock;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(
      summary =
          "The caller's tickets (at most "
              + Tickets.MAXIMUM_LISTED
              + "): the open and in-progress ones first, the first due first, then the answered"
              + " and closed ones, the newest first; optionally only those in a status, at a line,"
              + " of a complaint category, overdue or not, about one participant, of the caller or"
              + " of nobody, received in a period, or with a text in the subject or number")
  @APIResponse(responseCode = "200", description = "The tickets, without who asked")
  @APIResponse(responseCode = "400", description = "A filter value that is not one of its codes")
  @APIResponse(responseCode = "404", description = "A participant outside the caller's scope")
  public List<TicketJson.Summary> list(
      @Parameter(description = "OPEN, IN_PROGRESS, ANSWERED or CLOSED") @QueryParam("status")
          String status,
      @Parameter(description = "FIRST (municipality) or SECOND (regional bureau)")
          @QueryParam("line")
          String line,
      @Parameter(description = "true: only past their due date; false: only the others")
          @QueryParam("overdue")
          String overdue,
      @Parameter(description = "Only tickets about the participant with this id")
          @QueryParam("participant")
          String participant,
      @Parameter(description = "Only complaints of this category, e.g. TOO_MANY_MESSAGES")
          @QueryParam("category")
          String category,
      @Parameter(description = "MINE: the caller's own tickets; UNASSIGNED: those nobody has")
          @QueryParam("assignee")
          String assignee,
      @Parameter(description = "Received on or after this day (2026-11-05) or month (2026-11)")
          @QueryParam("from")
          String from,
      @Parameter(description = "Received on or before this day (2026-11-05) or month (2026-11)")
          @QueryParam("to")
          String to,
      @Parameter(description = "Part of the subject, or the number (42 or HD-42)") @QueryParam("q")
          String text) {
    TicketFilter filter =
        new TicketFilter(
            code(TicketStatus.class, status, "helpdesk.api.status"),
            code(HelpdeskLine.class, line, "helpdesk.api.line"),
            code(ComplaintCategory.class, category, "helpdesk.api.category"),
            yesOrNo(overdue),
            participant == null || participant.isBlank() ? null : participantId(participant),
            assignee(assignee),
            null,
            null,
            DayOrMonth.from(from),
            DayOrMonth.to(to),
            text);
    return tickets.list(filter).stream()
        .map(ticket -> TicketJson.Summary.of(ticket, clock.instant()))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One ticket with who asked, the answer and its history")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public TicketJson.Detail ticket(@PathParam("id") String id) {
    return detail(tickets.find(ticketId(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Register a question, complaint or change request at the caller's line; due after that"
              + " line's turnaround")
  @RequestBody(content = @Content(schema = @Schema(implementation = TicketJson.New.class)))
  @APIResponse(responseCode = "201", description = "Registered; Location names the ticket")
  @APIResponse(responseCode = "400", description = "Refused, with a Dutch explanation")
  @APIResponse(responseCode = "404", description = "A participant outside the caller's scope")
  public Response register(String body) {
    TicketJson.New input = JsonBody.read(body, TicketJson.New.class);
    Ticket ticket =
        tickets.register(
            new NewTicket(
                code(TicketKind.class, input.kind(), "helpdesk.api.kind"),
                code(ComplaintCategory.class, input.complaintCategory(), "helpdesk.api.category"),
                code(ReceivedBy.class, input.receivedBy(), "helpdesk.api.receivedBy"),
                input.subject(),
                input.question(),
                input.requesterName(),
                input.requesterEmail(),
                input.requesterPhone(),
                input.participantId()));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(ticket.getId().toString()).build())
        .entity(detail(ticket))
        .build();
  }

  @POST
  @Path("{id}/taking")
  @Operation(summary = "The caller becomes the ticket's owner and works on it (IN_PROGRESS)")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  @APIResponse(
      responseCode = "409",
      description = "Answered or closed already, or escalated out of the first line's hands")
  public TicketJson.Detail take(@PathParam("id") String id) {
    return detail(tickets.take(ticketId(id)));
  }

  @GET
  @Path("{id}/assignees")
  @Operation(
      summary =
          "The colleagues the caller may assign the ticket to: staff of the helpdesk and relation"
              + " management who see it and work at its line")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  @APIResponse(responseCode = "409", description = "Answered, closed or escalated already")
  public List<TicketJson.Colleague> assignees(@PathParam("id") String id) {
    return tickets.assignees(ticketId(id)).stream().map(TicketJson.Colleague::of).toList();
  }

  @POST
  @Path("{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Assign the ticket to a colleague by user name, who becomes its owner (IN_PROGRESS) and"
              + " finds it among their own tickets (assignee=MINE)")
  @RequestBody(content = @Content(schema = @Schema(implementation = TicketJson.Assignment.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "No colleague of the caller by that name, or one who may not see or work on the ticket")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  @APIResponse(
      responseCode = "409",
      description = "Assigned to that colleague already, answered, closed or escalated")
  public TicketJson.Detail assign(@PathParam("id") String id, String body) {
    String assignee = JsonBody.read(body, TicketJson.Assignment.class).assignee();
    return detail(tickets.assign(ticketId(id), assignee));
  }

  @PUT
  @Path("{id}/participant")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Link the participant the ticket is about")
  @RequestBody(content = @Content(schema = @Schema(implementation = TicketJson.Link.class)))
  @APIResponse(responseCode = "404", description = "Ticket or participant outside the scope")
  @APIResponse(responseCode = "409", description = "Answered, closed or escalated already")
  public TicketJson.Detail link(@PathParam("id") String id, String body) {
    TicketJson.Link link = JsonBody.read(body, TicketJson.Link.class);
    if (link.participantId() == null) {
      throw new InvalidInputException("helpdesk.api.participant");
    }
    return detail(tickets.linkParticipant(ticketId(id), link.participantId()));
  }

  @POST
  @Path("{id}/escalation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The municipality (first line) hands the ticket to the regional bureau (second line),"
              + " saying why; the second line's turnaround starts")
  @RequestBody(content = @Content(schema = @Schema(implementation = TicketJson.Text.class)))
  @APIResponse(responseCode = "400", description = "No reason, or a reason too long")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  @APIResponse(responseCode = "409", description = "At the second line already, or done")
  public TicketJson.Detail escalate(@PathParam("id") String id, String body) {
    return detail(tickets.escalate(ticketId(id), text(body)));
  }

  @POST
  @Path("{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record the answer (ANSWERED); it is mailed to the requester or the linked participant"
              + " where an e-mail address is known")
  @RequestBody(content = @Content(schema = @Schema(implementation = TicketJson.Text.class)))
  @APIResponse(responseCode = "400", description = "No answer, or an answer too long")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  @APIResponse(responseCode = "409", description = "Done already, or at the second line")
  public TicketJson.Detail answer(@PathParam("id") String id, String body) {
    return detail(tickets.answer(ticketId(id), text(body)));
  }

  @POST
  @Path("{id}/closing")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close the ticket (CLOSED), with an optional note")
  @RequestBody(content = @Content(schema = @Schema(implementation = TicketJson.Text.class)))
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  @APIResponse(responseCode = "409", description = "Closed already, or at the second line")
  public TicketJson.Detail close(@PathParam("id") String id, String body) {
    return detail(tickets.close(ticketId(id), body == null || body.isBlank() ? null : text(body)));
  }

  /** The text of a body {"text": …}, as escalation, answer and closing take it. */
  private static String text(String body) {
    return JsonBody.read(body, TicketJson.Text.class).text();
  }

  private TicketJson.Detail detail(Ticket ticket) {
    return TicketJson.Detail.of(ticket, clock.instant());
  }

  /** A path id that is no number is as unknown as a number nobody has. */
  private static long ticketId(String id) {
    try {
      return Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException(TICKET, id);
    }
  }

  private static long participantId(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("helpdesk.api.participant");
    }
  }

  private static TicketFilter.Assignee assignee(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip().toUpperCase(Locale.ROOT)) {
      case "MINE" -> TicketFilter.Assignee.CALLER;
      case "UNASSIGNED" -> TicketFilter.Assignee.NOBODY;
      default -> throw new InvalidInputException("helpdesk.api.assignee");
    };
  }

  private static Boolean yesOrNo(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException("helpdesk.api.overdue");
    };
  }

  /** The code with that name (in any case); left out is null, anything else is refused. */
  private static <E extends Enum<E>> E code(Class<E> type, String text, String messageKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String name = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(value -> value.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException(messageKey));
  }
}

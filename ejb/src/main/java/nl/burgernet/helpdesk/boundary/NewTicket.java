package nl.burgernet.helpdesk.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.ReceivedBy;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.helpdesk.entity.TicketKind;
import nl.burgernet.participant.boundary.ValidEmailAddress;

/**
 * A ticket as the helpdesk employee types it in while on the phone or reading a mail. The requester
 * may be left out (an anonymous caller) or be a participant, linked by id.
 */
public record NewTicket(
    @NotNull(message = "{helpdesk.kind.required}") TicketKind kind,
    ComplaintCategory complaintCategory,
    @NotNull(message = "{helpdesk.receivedBy.required}") ReceivedBy receivedBy,
    @NotBlank(message = "{helpdesk.subject.required}")
        @Size(max = Ticket.SUBJECT_LENGTH, message = "{helpdesk.subject.size}")
        @Pattern(regexp = HelpdeskTexts.TEXT, message = "{helpdesk.text.characters}")
        String subject,
    @NotBlank(message = "{helpdesk.question.required}")
        @Size(max = Ticket.TEXT_LENGTH, message = "{helpdesk.text.size}")
        @Pattern(regexp = HelpdeskTexts.TEXT, message = "{helpdesk.text.characters}")
        String question,
    @Size(max = Ticket.NAME_LENGTH, message = "{helpdesk.name.size}")
        @Pattern(regexp = HelpdeskTexts.TEXT, message = "{helpdesk.text.characters}")
        String requesterName,
    @ValidEmailAddress String requesterEmail,
    String requesterPhone,
    Long participantId) {}

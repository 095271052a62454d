package nl.burgernet.helpdesk.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.participant.entity.EmailAddress;

/** The helpdesk's answer to the requester, in Dutch, through the outbound port. */
@ApplicationScoped
public class TicketMails {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("nl.burgernet.helpdesk.control.TicketMails", DUTCH);

  @Inject private Outbox outbox;

  public void sendAnswer(Ticket ticket, EmailAddress to, String name) {
    Object[] arguments = {
      name == null ? TEXTS.getString("answer.anonymous") : name,
      ticket.getNumber(),
      ticket.getSubject(),
      ticket.getAnswer().orElseThrow()
    };
    outbox.post(
        new MailMessage(
            to.value(),
            new MessageFormat(TEXTS.getString("answer.subject"), DUTCH).format(arguments),
            new MessageFormat(TEXTS.getString("answer.body"), DUTCH).format(arguments)));
  }
}

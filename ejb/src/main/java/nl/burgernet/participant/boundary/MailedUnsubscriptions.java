package nl.burgernet.participant.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.burgernet.delivery.entity.UnsubscribeByMail;

/**
 * Unsubscribes the participants who used the mailto of a mail's {@code List-Unsubscribe} header, as
 * the one-click link would. A second mail, or one with a token nobody has, changes nothing.
 */
@ApplicationScoped
public class MailedUnsubscriptions {

  @Inject private Unsubscriptions unsubscriptions;

  @Inject private Logger log;

  void unsubscribe(@Observes UnsubscribeByMail request) {
    String token = request.unsubscribeToken();
    Unsubscriptions.LinkState state = unsubscriptions.state(token);
    if (state == Unsubscriptions.LinkState.OPEN) {
      unsubscriptions.unsubscribe(token, request.deliveryId(), null, null);
    } else {
      log.info(() -> "Unsubscribe mail for a link that is " + state + "; nothing to do");
    }
  }
}

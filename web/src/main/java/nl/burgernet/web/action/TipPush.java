package nl.burgernet.web.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import nl.burgernet.action.boundary.PartnerMessageReceived;
import nl.burgernet.action.boundary.TipReceived;

/**
 * Tells every open screen of an action that a tip or a partner's message arrived, over the Faces
 * websocket channel {@value #CHANNEL}. The screens subscribe with the action's id as their "user"
 * (see actie.xhtml), so the push reaches only the views of that action, which passed the scope
 * check when they loaded it; the message carries no content, the view reloads the tips through the
 * Actions service.
 */
@ApplicationScoped
public class TipPush {

  static final String CHANNEL = "actionTips";

  /** The push message; the page's f:ajax listens for this event name. */
  static final String TIP_EVENT = "tip";

  @Inject
  @Push(channel = CHANNEL)
  private PushContext push;

  void tipReceived(@ObservesAsync TipReceived tip) {
    push.send(TIP_EVENT, tip.actionId());
  }

  /** A partner's update or cancel shows with the tips, so it reloads them the same way. */
  void partnerMessageReceived(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PartnerMessageReceived message) {
    push.send(TIP_EVENT, message.actionId());
  }
}

package nl.burgernet.action.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionRound;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.TipSource;
import nl.burgernet.delivery.entity.SmsReply;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Turns an SMS reply into a tip of the newest open action whose rounds reached the sender's number.
 * Runs for nobody in particular (the SMS centre's session), so it sees every region; the tip takes
 * the action's scope.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class SmsTipIntake {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private TipRecorder recorder;

  @Inject private Logger log;

  public void take(SmsReply reply) {
    Optional<ActionRound> round =
        em.createNamedQuery(ActionRound.OF_OPEN_ACTIONS_SENT_BY, ActionRound.class)
            .setParameter("open", ActionState.OPEN)
            .setParameter(
                "requests", reply.reached().stream().map(SmsReply.Reached::requestId).toList())
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (round.isEmpty()) {
      log.fine("SMS reply to no open action");
      return;
    }
    Action action = em.find(Action.class, round.get().getActionId());
    long participantId =
        reply.reached().stream()
            .filter(reached -> reached.requestId() == round.get().getSendRequestId())
            .findFirst()
            .orElseThrow()
            .participantId();
    recorder.record(
        action,
        TipSource.SMS,
        TipRecorder.masked(reply.sms().from()),
        participantId,
        reply.sms().text(),
        null,
        null);
    log.info(() -> "SMS tip on action " + action.getId());
  }
}

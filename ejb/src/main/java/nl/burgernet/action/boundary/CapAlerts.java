package nl.burgernet.action.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import nl.burgernet.action.control.ActionCapMessages;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.CapMessage;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The caller's actions as OASIS CAP 1.2 messages, for NL-Alert, AMBER Alert and aggregators: per
 * action, and all of them newest first for the feed. Staff systems see the actions of their own
 * scope, like the operators' screens do.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({StaffRole.Names.CONTROL_ROOM_OPERATOR, StaffRole.Names.FUNCTIONAL_ADMINISTRATOR})
public class CapAlerts {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ActionCapMessages capMessages;

  /** The action's messages in order: the Alert, its Updates, the closure. */
  public List<CapMessage> messagesOf(@NotNull Long actionId) {
    Action action = em.find(Action.class, actionId);
    if (action == null) {
      throw new NotFoundException("Action", actionId);
    }
    return messagesOf(action);
  }

  /** One message of the action, by its place (from 1). */
  public CapMessage message(@NotNull Long actionId, int sequence) {
    List<CapMessage> messages = messagesOf(actionId);
    if (sequence < 1 || sequence > messages.size()) {
      throw new NotFoundException("CapMessage", actionId + "/" + sequence);
    }
    return messages.get(sequence - 1);
  }

  /** The action's newest message. */
  public CapMessage latest(@NotNull Long actionId) {
    List<CapMessage> messages = messagesOf(actionId);
    if (messages.isEmpty()) {
      throw new NotFoundException("CapMessage", actionId);
    }
    return messages.get(messages.size() - 1);
  }

  /** The messages of the newest actions, newest message first, at most {@code maximum}. */
  public List<CapMessage> feed(int maximum) {
    int limit = Math.max(1, Math.min(maximum, 200));
    // an action has at least one message, so the newest messages are among the newest actions
    return em
        .createNamedQuery(Action.LATEST, Action.class)
        .setParameter("open", ActionState.OPEN)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .flatMap(action -> messagesOf(action).stream())
        .sorted(
            Comparator.comparing(CapMessage::sent).thenComparing(CapMessage::sequence).reversed())
        .limit(limit)
        .toList();
  }

  private List<CapMessage> messagesOf(Action action) {
    return capMessages.of(action);
  }
}

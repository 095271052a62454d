package nl.burgernet.action.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.Outcome;
import nl.burgernet.participant.entity.Channel;

/**
 * An action as the operator's screen shows it: what was sent, each round, the tips (newest first)
 * and, once closed, the outcome. {@code status} says whether it is real, an exercise or a test.
 * {@code outcome}, {@code outcomeMessage}, {@code closedAt} and {@code outcomeRequestId} are null
 * while the action is open.
 */
public record ActionView(
    long id,
    long scenarioId,
    String scenarioName,
    ActionKind kind,
    ActionStatus status,
    String description,
    String callbackNumber,
    Set<Channel> channels,
    String smsText,
    String voiceText,
    ActionState state,
    String startedBy,
    Instant startedAt,
    List<RoundView> rounds,
    List<TipView> tips,
    Outcome outcome,
    String outcomeMessage,
    Instant closedAt,
    Long outcomeRequestId) {

  public ActionView {
    channels = Set.copyOf(channels);
    rounds = List.copyOf(rounds);
    tips = List.copyOf(tips);
  }
}

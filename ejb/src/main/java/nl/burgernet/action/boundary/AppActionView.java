package nl.burgernet.action.boundary;

import java.time.Instant;
import java.util.List;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.Outcome;

/**
 * An action as a participant sees it in the web app: what to look out for, whom to call, where (the
 * areas of its rounds), and once closed its outcome. Never its tips or whom it reached.
 *
 * @param sendRequestIds the send requests of those rounds and of the outcome message: an app
 *     notification names its request, so the app finds the action it is about
 * @param closedAt null while the action is open, as are outcome and outcomeMessage
 */
public record AppActionView(
    long id,
    String scenarioName,
    ActionKind kind,
    String description,
    String callbackNumber,
    ActionState state,
    Instant startedAt,
    List<AreaSpecification> areas,
    List<Long> sendRequestIds,
    Instant closedAt,
    Outcome outcome,
    String outcomeMessage) {

  public AppActionView {
    areas = List.copyOf(areas);
    sendRequestIds = List.copyOf(sendRequestIds);
  }
}

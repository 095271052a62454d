package nl.burgernet.action.boundary;

import java.time.Instant;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.Outcome;

/** One line of the operator's list of actions. */
public record ActionSummary(
    long id,
    String scenarioName,
    ActionKind kind,
    ActionStatus status,
    String description,
    ActionState state,
    Instant startedAt,
    int rounds,
    long tips,
    Outcome outcome) {}

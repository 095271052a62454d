package nl.burgernet.action.boundary;

import java.time.Instant;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.Outcome;

/** A published action report, as anyone may read it. */
public record PublishedReport(
    long id,
    long regionId,
    String regionName,
    ActionKind kind,
    Outcome outcome,
    Instant closedAt,
    Instant publishedAt,
    String title,
    String body) {}

package nl.burgernet.action.boundary;

import java.time.Instant;
import nl.burgernet.action.entity.DossierEntryKind;

/** One step or message in an action's dossier, in the order they happened. */
public record DossierEntryView(
    int sequence, Instant recordedAt, String actor, DossierEntryKind kind, String content) {}

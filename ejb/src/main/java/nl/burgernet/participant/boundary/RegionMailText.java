package nl.burgernet.participant.boundary;

import nl.burgernet.participant.control.MailText;
import nl.burgernet.participant.entity.ParticipantMailKind;

/** A participant mail as a region sends it, and whether that is the region's own text. */
public record RegionMailText(ParticipantMailKind kind, MailText text, boolean own) {}

package nl.burgernet.participant.boundary;

import java.util.List;
import nl.burgernet.participant.entity.Participant;

/** One page of a participant search, and how many participants match in all. */
public record SearchPage(List<Participant> participants, long total) {}

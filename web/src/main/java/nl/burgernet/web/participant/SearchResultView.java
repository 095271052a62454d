package nl.burgernet.web.participant;

import java.util.List;

/** One page of a participant search in the API, with how many match in all. */
public record SearchResultView(
    long total, int first, int size, List<ParticipantView> participants) {}

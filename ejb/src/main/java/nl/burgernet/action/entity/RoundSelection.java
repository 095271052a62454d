package nl.burgernet.action.entity;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a round sends to: the participants in its area, less those an earlier round of the action
 * reached (a widening reaches only new people) and those participant protection spares.
 */
public final class RoundSelection {

  private final int inArea;
  private final int alreadyReached;
  private final int spared;
  private final List<Candidate> recipients;

  private RoundSelection(int inArea, int alreadyReached, int spared, List<Candidate> recipients) {
    this.inArea = inArea;
    this.alreadyReached = alreadyReached;
    this.spared = spared;
    this.recipients = List.copyOf(recipients);
  }

  /**
   * @param reachedEarlier participants earlier rounds of this action reached
   * @param actionsToday actions that reached a participant earlier today, for those with any
   * @param inArea each participant once
   */
  public static RoundSelection of(
      Collection<Candidate> inArea,
      Set<Long> reachedEarlier,
      Map<Long, Integer> actionsToday,
      ActionKind kind,
      ParticipantProtection protection,
      LocalTime now) {
    int alreadyReached = 0;
    int spared = 0;
    List<Candidate> recipients = new ArrayList<>(inArea.size());
    for (Candidate candidate : inArea) {
      long id = candidate.participantId();
      if (reachedEarlier.contains(id)) {
        alreadyReached++;
      } else if (protection.spares(
          kind, actionsToday.getOrDefault(id, 0), candidate.quietHours(), now)) {
        spared++;
      } else {
        recipients.add(candidate);
      }
    }
    return new RoundSelection(inArea.size(), alreadyReached, spared, recipients);
  }

  public int inArea() {
    return inArea;
  }

  public int alreadyReached() {
    return alreadyReached;
  }

  public int spared() {
    return spared;
  }

  /** The participants the round sends to, as a set made on each call. */
  public Set<Long> recipients() {
    Set<Long> ids = new HashSet<>();
    recipients.forEach(candidate -> ids.add(candidate.participantId()));
    return ids;
  }

  /** The participants the round sends to, with their quiet hours and reachable channels. */
  public List<Candidate> recipientCandidates() {
    return recipients;
  }
}

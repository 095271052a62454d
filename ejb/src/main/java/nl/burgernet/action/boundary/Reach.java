package nl.burgernet.action.boundary;

import java.util.List;
import nl.burgernet.delivery.boundary.ChannelEstimate;

/**
 * Before sending: who an area would reach now.
 *
 * @param inArea active participants in the caller's scope living or working in the area
 * @param alreadyReached of those, reached by an earlier round of the action (widening only)
 * @param spared of those, left out by participant protection (daily cap, quiet hours); always 0 for
 *     life-threatening kinds
 * @param channels recipients and ETA per channel of the participants that remain
 * @param byLocation participants outside the area by address whose app reported a position inside
 *     it lately and who allow that: the round's app notification reaches them too (0 without app)
 */
public record Reach(
    long inArea,
    long alreadyReached,
    long spared,
    List<ChannelEstimate> channels,
    long byLocation) {

  public Reach {
    channels = List.copyOf(channels);
  }
}

package nl.burgernet.delivery.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Whom to send to, exactly one of: given participants; everyone who lives or works in given
 * municipalities; a list staged with {@link Deliveries#stage} (large selections such as an action's
 * area); or everyone earlier send requests reached, on the channels that reached them (an action's
 * outcome message). Always only active participants within the caller's scope who want the channel
 * and have its address.
 *
 * @param stagedListId a list from {@link Deliveries#stage}, or null
 * @param reachedByRequestIds send requests whose recipients to reach again, or empty
 */
public record RecipientSelection(
    @NotNull @Size(max = MAXIMUM_IDS) Set<@NotNull Long> participantIds,
    @NotNull @Size(max = MAXIMUM_IDS) Set<@NotNull Long> municipalityIds,
    Long stagedListId,
    @NotNull @Size(max = MAXIMUM_IDS) Set<@NotNull Long> reachedByRequestIds) {

  /** Larger selections are areas or municipalities, not lists. */
  public static final int MAXIMUM_IDS = 10_000;

  public RecipientSelection {
    participantIds = participantIds == null ? null : Set.copyOf(participantIds);
    municipalityIds = municipalityIds == null ? null : Set.copyOf(municipalityIds);
    reachedByRequestIds = reachedByRequestIds == null ? Set.of() : Set.copyOf(reachedByRequestIds);
  }

  public RecipientSelection(Set<Long> participantIds, Set<Long> municipalityIds) {
    this(participantIds, municipalityIds, null, Set.of());
  }

  public static RecipientSelection participants(Set<Long> ids) {
    return new RecipientSelection(ids, Set.of());
  }

  public static RecipientSelection municipalities(Set<Long> ids) {
    return new RecipientSelection(Set.of(), ids);
  }

  static RecipientSelection staged(long listId) {
    return new RecipientSelection(Set.of(), Set.of(), listId, Set.of());
  }

  public static RecipientSelection reachedBy(Set<Long> requestIds) {
    return new RecipientSelection(Set.of(), Set.of(), null, requestIds);
  }

  public boolean isEmpty() {
    return participantIds.isEmpty()
        && municipalityIds.isEmpty()
        && stagedListId == null
        && reachedByRequestIds.isEmpty();
  }
}

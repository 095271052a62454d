package nl.burgernet.delivery.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Whom to send to: given participants, or everyone who lives or works in given municipalities;
 * always only active participants within the caller's scope who want the channel and have its
 * address. (Selection by area comes with actions.)
 */
public record RecipientSelection(
    @NotNull @Size(max = MAXIMUM_IDS) Set<@NotNull Long> participantIds,
    @NotNull @Size(max = MAXIMUM_IDS) Set<@NotNull Long> municipalityIds) {

  /** Larger selections are areas or municipalities, not lists. */
  public static final int MAXIMUM_IDS = 10_000;

  public RecipientSelection {
    participantIds = participantIds == null ? null : Set.copyOf(participantIds);
    municipalityIds = municipalityIds == null ? null : Set.copyOf(municipalityIds);
  }

  public static RecipientSelection participants(Set<Long> ids) {
    return new RecipientSelection(ids, Set.of());
  }

  public static RecipientSelection municipalities(Set<Long> ids) {
    return new RecipientSelection(Set.of(), ids);
  }

  public boolean isEmpty() {
    return participantIds.isEmpty() && municipalityIds.isEmpty();
  }
}

package nl.burgernet.action.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.burgernet.action.entity.Outcome;

/**
 * Closes an action: its outcome and the outcome message (afloopbericht) that goes to every
 * participant a round reached, on the channels that reached them.
 */
public record Closing(
    @NotNull Outcome outcome, @NotBlank @Size(max = MESSAGE_LENGTH) String outcomeMessage) {

  public static final int MESSAGE_LENGTH = 480;
}

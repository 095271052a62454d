package nl.burgernet.action.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.participant.entity.Channel;

/**
 * A new or changed deployment scenario, as the functional administrator enters it. The wordings
 * must contain {@code {signalement}} and {@code {nummer}}.
 */
public record ScenarioForm(
    @NotBlank @Size(max = 80) String name,
    @NotNull ActionKind kind,
    @Min(50) @Max(50_000) int defaultRadiusMetres,
    @NotEmpty Set<@NotNull Channel> channels,
    @NotBlank @Size(max = 500) String smsWording,
    @NotBlank @Size(max = 1000) String voiceWording,
    boolean active) {

  public ScenarioForm {
    channels = channels == null ? null : Set.copyOf(channels);
  }
}

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
    @NotBlank(message = "{action.scenario.name.required}")
        @Size(max = 80, message = "{action.scenario.name.size}")
        String name,
    @NotNull(message = "{action.scenario.kind.required}") ActionKind kind,
    @Min(value = 50, message = "{action.scenario.radius.range}")
        @Max(value = 50_000, message = "{action.scenario.radius.range}")
        int defaultRadiusMetres,
    @NotEmpty(message = "{action.scenario.channels.required}") Set<@NotNull Channel> channels,
    @NotBlank(message = "{action.scenario.sms.required}")
        @Size(max = 500, message = "{action.scenario.sms.size}")
        String smsWording,
    @NotBlank(message = "{action.scenario.voice.required}")
        @Size(max = 1000, message = "{action.scenario.voice.size}")
        String voiceWording,
    boolean active) {

  public ScenarioForm {
    channels = channels == null ? null : Set.copyOf(channels);
  }
}

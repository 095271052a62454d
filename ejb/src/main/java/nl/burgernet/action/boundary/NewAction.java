package nl.burgernet.action.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.participant.entity.Channel;

/**
 * The operator's order to start an action: the first round goes out at once.
 *
 * @param scenarioId the deployment scenario whose wording (and kind) the action takes
 * @param description the signalement, put into the scenario's wording
 * @param callbackNumber the number participants call with information
 * @param channels the channels to use; participants get those of them they chose
 * @param idempotencyKey made by the page when the form opens: a second click with the same key
 *     returns the action the first one started and sends nothing more
 * @param status real (the default when left out), an exercise or a test
 */
public record NewAction(
    @NotNull Long scenarioId,
    @NotBlank @Size(max = DESCRIPTION_LENGTH) String description,
    @NotBlank @Size(max = 20) String callbackNumber,
    @NotEmpty Set<@NotNull Channel> channels,
    @NotNull @Valid AreaSpecification area,
    @NotBlank @Size(max = 60) String idempotencyKey,
    ActionStatus status) {

  public static final int DESCRIPTION_LENGTH = 500;

  public NewAction {
    channels = channels == null ? null : Set.copyOf(channels);
    status = status == null ? ActionStatus.ACTUAL : status;
  }

  /** A real action. */
  public NewAction(
      Long scenarioId,
      String description,
      String callbackNumber,
      Set<Channel> channels,
      AreaSpecification area,
      String idempotencyKey) {
    this(scenarioId, description, callbackNumber, channels, area, idempotencyKey, null);
  }
}

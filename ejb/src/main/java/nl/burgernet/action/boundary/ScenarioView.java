package nl.burgernet.action.boundary;

import java.util.Set;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.participant.entity.Channel;

/**
 * A deployment scenario (inzetscenario): the template of an action of one kind. The wordings hold
 * the placeholders {@code {signalement}} and {@code {nummer}}.
 */
public record ScenarioView(
    long id,
    String name,
    ActionKind kind,
    int defaultRadiusMetres,
    Set<Channel> channels,
    String smsWording,
    String voiceWording,
    boolean active) {

  public ScenarioView {
    channels = Set.copyOf(channels);
  }
}

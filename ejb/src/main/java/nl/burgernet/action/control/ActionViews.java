package nl.burgernet.action.control;

import java.util.List;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.DossierEntryView;
import nl.burgernet.action.boundary.RoundView;
import nl.burgernet.action.boundary.ScenarioView;
import nl.burgernet.action.boundary.TipView;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionRound;
import nl.burgernet.action.entity.DeploymentScenario;
import nl.burgernet.action.entity.DossierEntry;
import nl.burgernet.action.entity.Tip;

/** Builds the boundary's views from the entities. */
public final class ActionViews {

  private ActionViews() {}

  public static ActionView of(Action action, List<ActionRound> rounds, List<Tip> tips) {
    return new ActionView(
        action.getId(),
        action.getScenarioId(),
        action.getScenarioName(),
        action.getKind(),
        action.getStatus(),
        action.getDescription(),
        action.getCallbackNumber(),
        action.getChannels(),
        action.getSmsText(),
        action.getVoiceText(),
        action.getState(),
        action.getStartedBy(),
        action.getStartedAt(),
        rounds.stream().map(ActionViews::of).toList(),
        tips.stream().map(ActionViews::of).toList(),
        action.getOutcome().orElse(null),
        action.getOutcomeMessage().orElse(null),
        action.getClosedAt().orElse(null),
        action.getOutcomeRequestId().orElse(null));
  }

  public static RoundView of(ActionRound round) {
    return new RoundView(
        round.getNumber(),
        AreaSpecifications.fromJson(round.getArea()),
        round.getSendRequestId(),
        round.getRecipients(),
        round.getSentBy(),
        round.getSentAt());
  }

  public static TipView of(Tip tip) {
    return new TipView(
        tip.getId(),
        tip.getSource(),
        tip.getSender(),
        tip.getText(),
        tip.getLocation().orElse(null),
        tip.getPhotoReference().orElse(null),
        tip.getReceivedAt());
  }

  public static ScenarioView of(DeploymentScenario scenario) {
    return new ScenarioView(
        scenario.getId(),
        scenario.getName(),
        scenario.getKind(),
        scenario.getDefaultRadiusMetres(),
        scenario.getChannels(),
        scenario.getSmsWording(),
        scenario.getVoiceWording(),
        scenario.isActive());
  }

  public static DossierEntryView of(DossierEntry entry) {
    return new DossierEntryView(
        entry.getSequence(),
        entry.getRecordedAt(),
        entry.getActor(),
        entry.getKind(),
        entry.getContent());
  }
}

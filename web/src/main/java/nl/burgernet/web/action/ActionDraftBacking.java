package nl.burgernet.web.action;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import nl.burgernet.action.boundary.ActionDrafts;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.Actions;
import nl.burgernet.action.boundary.DeploymentScenarios;
import nl.burgernet.action.boundary.DraftView;
import nl.burgernet.action.boundary.MessagePreview;
import nl.burgernet.action.boundary.Reach;
import nl.burgernet.action.boundary.ScenarioView;

/**
 * /portal/meldkamer/concept.xhtml?id=N: a partner's CAP alert as a draft action for the operator to
 * review: the proposed scenario, texts and area with whom it would reach now; sending starts the
 * action (one idempotency key per view, so a double click sends once), dismissing sends nothing.
 */
@Named("actionDraft")
@ViewScoped
public class ActionDraftBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ActionDrafts drafts;

  @Inject private Actions actions;

  @Inject private DeploymentScenarios scenarios;

  private final String sendKey = UUID.randomUUID().toString();

  private String id;

  private transient DraftView draft;
  private transient ScenarioView scenario;
  private transient MessagePreview preview;
  private transient Reach reach;

  public void load() {
    draft = drafts.find(id());
    scenario = scenarios.find(draft.scenarioId());
    preview =
        actions.preview(
            draft.scenarioId(), draft.description(), draft.callbackNumber(), draft.status());
    reach = actions.reach(draft.scenarioId(), draft.status(), draft.area(), scenario.channels());
  }

  public String send() {
    ActionView action = drafts.send(id(), sendKey);
    return "/portal/meldkamer/actie?faces-redirect=true&id=" + action.id();
  }

  public String dismiss() {
    drafts.dismiss(id());
    return "/portal/meldkamer/acties?faces-redirect=true";
  }

  public DraftView getDraft() {
    return draft;
  }

  public ScenarioView getScenario() {
    return scenario;
  }

  public MessagePreview getPreview() {
    return preview;
  }

  public Reach getReach() {
    return reach;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  private long id() {
    return PageIds.parse(id, "ActionDraft");
  }
}

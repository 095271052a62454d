package nl.burgernet.web.action;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.action.boundary.ActionSummary;
import nl.burgernet.action.boundary.Actions;

/** /portal/meldkamer/acties.xhtml: open actions first, then the newest closed ones. */
@Named("actionList")
@RequestScoped
public class ActionListBacking {

  static final int SHOWN = 50;

  @Inject private Actions actions;

  private List<ActionSummary> latest;

  public List<ActionSummary> getLatest() {
    if (latest == null) {
      latest = actions.latest(SHOWN);
    }
    return latest;
  }
}

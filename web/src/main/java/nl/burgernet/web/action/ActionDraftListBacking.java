package nl.burgernet.web.action;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.action.boundary.ActionDrafts;
import nl.burgernet.action.boundary.DraftView;

/** The drafts from partners' CAP alerts waiting for the control room, on its action list. */
@Named("actionDrafts")
@RequestScoped
public class ActionDraftListBacking {

  @Inject private ActionDrafts drafts;

  private List<DraftView> pending;

  public List<DraftView> getPending() {
    if (pending == null) {
      pending = drafts.pending();
    }
    return pending;
  }
}

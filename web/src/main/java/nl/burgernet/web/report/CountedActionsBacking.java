package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import nl.burgernet.action.entity.ActionDomain;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.report.boundary.CountedAction;
import nl.burgernet.report.boundary.CountedActions;
import nl.burgernet.report.entity.ActionFigures;

/**
 * /portal/marap/actielijst.xhtml: the actions behind a figure of the MARAP page "Acties", for what
 * {@link MarapFilter} chose and the kind (soort), domain (domein) and success (uitkomst) in the
 * link.
 */
@Named("countedActions")
@RequestScoped
public class CountedActionsBacking {

  @Inject private CountedActions actions;

  @Inject private MarapFilter filter;

  private ActionKind kind;
  private ActionDomain domain;
  private ActionFigures.Success success;

  private List<CountedAction> rows;

  /** View action; a period or id that is not right shows its message, or 404. */
  public void load() {
    filter
        .region()
        .ifPresent(
            region ->
                rows =
                    actions.of(
                        region,
                        filter.getMunicipalityId(),
                        filter.period(),
                        Optional.ofNullable(kind),
                        Optional.ofNullable(domain),
                        Optional.ofNullable(success)));
  }

  /** The reached participants of the listed actions, to compare with the figure. */
  public long getReached() {
    return rows.stream().mapToLong(CountedAction::reached).sum();
  }

  public List<CountedAction> getRows() {
    return rows;
  }

  public ActionKind getKind() {
    return kind;
  }

  public void setKind(ActionKind kind) {
    this.kind = kind;
  }

  public ActionDomain getDomain() {
    return domain;
  }

  public void setDomain(ActionDomain domain) {
    this.domain = domain;
  }

  public ActionFigures.Success getSuccess() {
    return success;
  }

  public void setSuccess(ActionFigures.Success success) {
    this.success = success;
  }
}

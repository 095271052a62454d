package nl.burgernet.web.action;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.action.boundary.ActionReportPublishing;
import nl.burgernet.action.boundary.ReportDraftView;
import nl.burgernet.action.boundary.ReportText;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/actieverslagen/index.xhtml: the police communications officer writes and publishes the
 * public reports of its unit's closed actions. The dialog proposes a title from the kind of action;
 * the text is the officer's own, checked by the service for personal data.
 */
@Named("reportDesk")
@ViewScoped
public class ReportDeskBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Closed actions on the page, newest first; the officer writes about recent ones. */
  static final int ACTIONS_SHOWN = 100;

  @Inject private ActionReportPublishing reports;

  @Inject private ActionTexts actionTexts;

  /** Read again after a restore on another instance; never serialized with the view. */
  private transient List<ReportDraftView> rows;

  private long actionId;
  private String title;
  private String body;

  /** View action on the first request of the page. */
  public void load() {
    rows = reports.closedActions(ACTIONS_SHOWN);
  }

  public void startWriting(ReportDraftView row) {
    actionId = row.actionId();
    title = row.written() ? row.title() : actionTexts.kind(row.kind());
    body = row.body();
  }

  /** Keeps the text; a published report shows it at once. */
  public void save() {
    ReportDraftView saved = reports.write(actionId, new ReportText(title, body));
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "reportDesk.saved", saved.actionId()));
    load();
  }

  /** Keeps the text and publishes it; the first time it is also mailed. */
  public void publish() {
    reports.write(actionId, new ReportText(title, body));
    ReportDraftView published = reports.publish(actionId);
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(
        context,
        Messages.text(
            context,
            published.mailRequestId() == null ? "reportDesk.published" : "reportDesk.mailed",
            published.actionId()));
    load();
  }

  public String status(ReportDraftView row) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (row.published()) {
      return Messages.text(context, "reportDesk.status.published");
    }
    return Messages.text(
        context, row.written() ? "reportDesk.status.draft" : "reportDesk.status.none");
  }

  public List<ReportDraftView> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  public long getActionId() {
    return actionId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}

package nl.burgernet.web.helpdesk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.helpdesk.boundary.IssueList;
import nl.burgernet.helpdesk.entity.Issue;
import nl.burgernet.helpdesk.entity.IssueKind;
import nl.burgernet.helpdesk.entity.IssueStatus;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/helpdesk/issuelijst.xhtml: the issue list within the caller's scope; staff raise items,
 * the functional administrator decides on them.
 */
@Named("issueList")
@ViewScoped
public class IssueListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private IssueList issues;

  private transient List<Issue> items;
  private IssueKind kind = IssueKind.PROBLEM;
  private String title;
  private String description;
  private Long deciding;
  private IssueStatus status;
  private String note;

  /** View action: the list as it is now. */
  public void load() {
    items = issues.items();
  }

  public void raise() {
    Issue raised = issues.raise(kind, title, description, null);
    title = null;
    description = null;
    done("helpdesk.issue.raised", raised.getId());
  }

  public void startDeciding(Issue issue) {
    deciding = issue.getId();
    status = issue.getStatus();
    note = issue.getStatusNote().orElse(null);
  }

  public void decide() {
    Issue decided = issues.decide(deciding, status, note);
    deciding = null;
    done("issues.decided", decided.getId());
  }

  private void done(String key, long id) {
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, key, id));
    load();
  }

  public List<Issue> getItems() {
    if (items == null) {
      load();
    }
    return items;
  }

  public IssueKind getKind() {
    return kind;
  }

  public void setKind(IssueKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public IssueStatus getStatus() {
    return status;
  }

  public void setStatus(IssueStatus status) {
    this.status = status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}

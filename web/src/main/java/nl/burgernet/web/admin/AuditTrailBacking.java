package nl.burgernet.web.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditEntry;
import nl.burgernet.security.entity.StaffRole;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/audittrail.xhtml: the latest audit entries for functional administrators and managers. It
 * lives outside /portal/beheer/ because managers read it too; the page and the service both check
 * the roles.
 */
@Named("auditTrail")
@ViewScoped
public class AuditTrailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int SHOWN_ENTRIES = 500;

  @Inject private AuditTrail auditTrail;

  private List<AuditRow> rows = List.of();

  private List<AuditRow> filteredRows;

  /** View action on the first request of the page; others get 403. */
  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    if (!external.isUserInRole(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
        && !external.isUserInRole(StaffRole.Names.MANAGER)) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      context.responseComplete();
      return;
    }
    rows = auditTrail.latest(SHOWN_ENTRIES).stream().map(entry -> row(context, entry)).toList();
  }

  private static AuditRow row(FacesContext context, AuditEntry entry) {
    return new AuditRow(
        entry.getId(),
        entry.getOccurredAt(),
        entry.getActor(),
        entry.getAction(),
        Messages.text(context, "audit.action." + entry.getAction().name()),
        entry.getObjectId() == null
            ? entry.getObjectType()
            : entry.getObjectType() + " " + entry.getObjectId(),
        entry.getResult(),
        Messages.text(context, "audit.result." + entry.getResult().name()),
        entry.getOrigin());
  }

  public List<AuditRow> getRows() {
    return rows;
  }

  public List<AuditRow> getFilteredRows() {
    return filteredRows;
  }

  public void setFilteredRows(List<AuditRow> filteredRows) {
    this.filteredRows = filteredRows;
  }
}

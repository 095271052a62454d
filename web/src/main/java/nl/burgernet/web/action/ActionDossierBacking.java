package nl.burgernet.web.action;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import nl.burgernet.action.boundary.ActionDossiers;
import nl.burgernet.action.boundary.DossierReport;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /portal/actiedossier.xhtml?id=N: an action's dossier for the control room and the investigating
 * officers of its region, with the hash chain's verification and the PDF for the investigation. An
 * id that is no number, unknown or outside the caller's scope is "not found" (HTTP 404).
 */
@Named("actionDossier")
@ViewScoped
public class ActionDossierBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ActionDossiers dossiers;

  private String id;

  private transient DossierReport report;

  public void load() {
    report = dossiers.report(id());
  }

  /** The PDF, made when asked for, so it holds every entry up to that moment. */
  public StreamedContent getPdf() {
    long actionId = id();
    return DefaultStreamedContent.builder()
        .name(ActionDossierResource.fileName(actionId))
        .contentType(ActionDossierResource.PDF)
        .stream(() -> new ByteArrayInputStream(dossiers.pdf(actionId)))
        .build();
  }

  public DossierReport getReport() {
    return report;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  private long id() {
    return PageIds.parse(id, "Action");
  }
}

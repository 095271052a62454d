package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.burgernet.participant.boundary.ParticipantImports;
import nl.burgernet.participant.entity.ImportReportLine;
import nl.burgernet.participant.entity.ParticipantImport;
import nl.burgernet.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * /portal/deelnemers/import.xhtml: the relation manager uploads a CSV file of participants, follows
 * the import while it runs (the page polls every second) and reads, at the end, the counts and the
 * rows that were refused or wait in a queue, with their reasons; the full report downloads as CSV.
 */
@Named("participantImport")
@ViewScoped
public class ParticipantImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ParticipantImports imports;

  private Long id;
  // entities are read again after the view was serialised, not carried along
  private transient ParticipantImport current;
  private transient List<ImportReportLine> exceptions;
  private transient List<ParticipantImport> recent;

  /** View action: the import named in the address (if any) and the latest imports. */
  public void load() {
    recent = imports.recent();
    refresh();
  }

  /** Poll: the progress of the import shown; its exceptions once it is done. */
  public void refresh() {
    if (id == null) {
      return;
    }
    current = imports.progress(id);
    exceptions = current.isDone() ? imports.exceptions(id) : List.of();
  }

  public void upload(FileUploadEvent event) {
    FacesContext context = FacesContext.getCurrentInstance();
    ParticipantImport job =
        imports.upload(event.getFile().getFileName(), event.getFile().getContent());
    id = job.getId();
    Messages.info(context, Messages.text(context, "import.queued", job.getRows(), job.getId()));
    load();
  }

  public StreamedContent getReport() {
    FacesContext context = FacesContext.getCurrentInstance();
    ImportReportText text =
        new ImportReportText(Messages.bundle(context), context.getViewRoot().getLocale());
    byte[] csv = text.csv(imports.report(id)).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("importverslag-" + id + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) csv.length)
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  /** The reason of a line in the view's language. */
  public String reason(ImportReportLine line) {
    FacesContext context = FacesContext.getCurrentInstance();
    return new ImportReportText(Messages.bundle(context), context.getViewRoot().getLocale())
        .reason(line);
  }

  public String outcome(ImportReportLine line) {
    FacesContext context = FacesContext.getCurrentInstance();
    return new ImportReportText(Messages.bundle(context), context.getViewRoot().getLocale())
        .outcome(line);
  }

  public boolean isRunning() {
    return getCurrent() != null && !current.isDone();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ParticipantImport getCurrent() {
    if (current == null) {
      refresh();
    }
    return current;
  }

  public List<ImportReportLine> getExceptions() {
    if (exceptions == null) {
      refresh();
    }
    return exceptions == null ? List.of() : exceptions;
  }

  public List<ParticipantImport> getRecent() {
    if (recent == null) {
      recent = imports.recent();
    }
    return recent;
  }
}

package nl.burgernet.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.reference.boundary.ReferenceData;

/** /portal/gemeenten.xhtml: the municipalities in the caller's scope, sortable and filterable. */
@Named("municipalities")
@ViewScoped
public class MunicipalitiesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReferenceData referenceData;

  private List<MunicipalityRow> rows = List.of();

  private List<MunicipalityRow> filteredRows;

  /** View action on the first request of the page. */
  public void load() {
    rows = referenceData.municipalities().stream().map(MunicipalityRow::of).toList();
  }

  public List<MunicipalityRow> getRows() {
    return rows;
  }

  public List<MunicipalityRow> getFilteredRows() {
    return filteredRows;
  }

  public void setFilteredRows(List<MunicipalityRow> filteredRows) {
    this.filteredRows = filteredRows;
  }
}

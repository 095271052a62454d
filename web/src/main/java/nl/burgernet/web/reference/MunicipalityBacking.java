package nl.burgernet.web.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.MunicipalityFigures;

/**
 * /portal/gemeente.xhtml?id=N: one municipality with its figures per year. An id that is not a
 * number, unknown or outside the caller's scope is the same "not found" (HTTP 404).
 */
@Named("municipality")
@RequestScoped
public class MunicipalityBacking {

  @Inject private ReferenceData referenceData;

  private String id;

  private Municipality municipality;

  /** View action: runs before rendering, so "not found" becomes a 404 page. */
  public void load() {
    municipality = referenceData.municipality(parse(id));
  }

  private static Long parse(String id) {
    try {
      return Long.valueOf(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("Municipality", id);
    }
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  /** Figures per year, newest first. */
  public List<MunicipalityFigures> getFigures() {
    return municipality == null ? List.of() : municipality.getFigures();
  }

  /** Persons per household, or null without households. */
  public Double householdSize(MunicipalityFigures figures) {
    return figures.getHouseholds() == 0
        ? null
        : (double) figures.getInhabitants() / figures.getHouseholds();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}

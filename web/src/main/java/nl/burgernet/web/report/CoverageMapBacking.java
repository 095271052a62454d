package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import nl.burgernet.report.boundary.PostcodeCoverage;
import nl.burgernet.report.boundary.PostcodeCoverage.AreaLine;
import nl.burgernet.report.boundary.PostcodeCoverageFigures;
import nl.burgernet.web.faces.Formats;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/marap/kaart.xhtml, the Burgernetkaart of what {@link MarapFilter} chose: the areas for
 * the map (resources/js/coverage-map.js) and for the tables beside and below it.
 */
@Named("coverageMap")
@RequestScoped
public class CoverageMapBacking {

  @Inject private PostcodeCoverageFigures figures;

  @Inject private MarapFilter filter;

  @Inject private Formats formats;

  @Inject private FacesContext faces;

  private PostcodeCoverage coverage;

  /** View action; an id outside the caller's scope is 404. */
  public void load() {
    coverage =
        filter.region().map(region -> figures.of(region, filter.getMunicipalityId())).orElse(null);
  }

  public PostcodeCoverage getCoverage() {
    return coverage;
  }

  /** The areas with a centre as JSON for the map: where, how covered, and a label to read. */
  public String getAreasJson() {
    JsonArrayBuilder areas = Json.createArrayBuilder();
    for (AreaLine line : coverage.areas()) {
      if (line.onMap()) {
        areas.add(
            Json.createObjectBuilder()
                .add("postcode", line.postcode())
                .add("latitude", line.latitude())
                .add("longitude", line.longitude())
                .add("inhabitants", line.coverage().inhabitants())
                .add("level", line.level().name())
                .add("label", label(line)));
      }
    }
    return areas.build().toString();
  }

  private String label(AreaLine line) {
    return Messages.text(
        faces,
        "marap.map.areaLabel",
        line.postcode(),
        line.municipality().name(),
        formats.number(line.coverage().participants()),
        formats.decimal(line.coverage().perThousandInhabitants(), 1),
        formats.decimal(line.coverage().perHundredHouseholds(), 2),
        Messages.text(faces, "marap.map.level." + line.level().name()));
  }

  /** The API's query string of what is shown, e.g. region=2&municipality=7. */
  public String getApiQuery() {
    return "region="
        + coverage.region().id()
        + coverage.municipality().map(m -> "&municipality=" + m.id()).orElse("");
  }
}

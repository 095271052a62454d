package nl.burgernet.web.api;

import java.util.List;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.MunicipalityFigures;

/** A municipality as the API shows it, with its figures per year, newest first. */
public record MunicipalityView(
    long id, String cbsCode, String name, RegionView region, List<Figures> figures) {

  /** Inhabitants and households on 1 January of a year. */
  public record Figures(int year, int inhabitants, int households) {

    static Figures of(MunicipalityFigures figures) {
      return new Figures(figures.getYear(), figures.getInhabitants(), figures.getHouseholds());
    }
  }

  static MunicipalityView of(Municipality municipality) {
    return new MunicipalityView(
        municipality.getId(),
        municipality.getCbsCode(),
        municipality.getName(),
        RegionView.of(municipality.getRegion()),
        municipality.getFigures().stream().map(Figures::of).toList());
  }
}

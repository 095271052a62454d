package nl.burgernet.web.reference;

import java.io.Serializable;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.MunicipalityFigures;

/**
 * One line of the municipality table; a plain value, so the view state can be replicated. A class
 * with getters rather than a record, because Jakarta EL 5 does not read record components.
 */
public final class MunicipalityRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long id;
  private final String name;
  private final String cbsCode;
  private final String regionName;
  private final Integer latestYear;
  private final Integer inhabitants;
  private final Integer households;

  MunicipalityRow(
      Long id,
      String name,
      String cbsCode,
      String regionName,
      Integer latestYear,
      Integer inhabitants,
      Integer households) {
    this.id = id;
    this.name = name;
    this.cbsCode = cbsCode;
    this.regionName = regionName;
    this.latestYear = latestYear;
    this.inhabitants = inhabitants;
    this.households = households;
  }

  static MunicipalityRow of(Municipality municipality) {
    MunicipalityFigures latest = municipality.latestFigures().orElse(null);
    return new MunicipalityRow(
        municipality.getId(),
        municipality.getName(),
        municipality.getCbsCode(),
        municipality.getRegion().getName(),
        latest == null ? null : latest.getYear(),
        latest == null ? null : latest.getInhabitants(),
        latest == null ? null : latest.getHouseholds());
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCbsCode() {
    return cbsCode;
  }

  public String getRegionName() {
    return regionName;
  }

  public Integer getLatestYear() {
    return latestYear;
  }

  public Integer getInhabitants() {
    return inhabitants;
  }

  public Integer getHouseholds() {
    return households;
  }
}

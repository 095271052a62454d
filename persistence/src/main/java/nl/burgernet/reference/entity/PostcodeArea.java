package nl.burgernet.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A four-digit postcode area (PC4) with its inhabitants and households (CBS "Kerncijfers per
 * postcode") and, when the postcode data has it, its centre on the map. Loaded from a file at
 * start-up, so it is read only here.
 */
@Entity
@Table(name = "postcode_area")
@NamedQuery(
    name = PostcodeArea.OF_REGION,
    query = "SELECT a FROM PostcodeArea a WHERE a.scopeRegionId = :region ORDER BY a.postcode4")
@NamedQuery(
    name = PostcodeArea.OF_MUNICIPALITY,
    query = "SELECT a.postcode4 FROM PostcodeArea a WHERE a.scopeMunicipalityId = :municipality")
@NamedQuery(name = PostcodeArea.ALL, query = "SELECT a FROM PostcodeArea a")
public class PostcodeArea extends PostcodeAreaRow {

  public static final String OF_REGION = "PostcodeArea.ofRegion";
  public static final String OF_MUNICIPALITY = "PostcodeArea.ofMunicipality";
  public static final String ALL = "PostcodeArea.all";

  @Column(nullable = false)
  private int inhabitants;

  @Column(nullable = false)
  private int households;

  private Double latitude;

  private Double longitude;

  protected PostcodeArea() {}

  public int getInhabitants() {
    return inhabitants;
  }

  public int getHouseholds() {
    return households;
  }

  /** The latitude of the area's centre; null when the postcode data has no point in it. */
  public Double getLatitude() {
    return latitude;
  }

  /** The longitude of the area's centre; null when the postcode data has no point in it. */
  public Double getLongitude() {
    return longitude;
  }
}

package nl.burgernet.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A four-digit postcode area (PC4) with its inhabitants and households (CBS "Kerncijfers per
 * postcode") and, when the postcode data has it, its centre on the map. Loaded from a file at
 * start-up, so it is read only here.
 */
@Entity
@Table(name = "postcode_area")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = PostcodeArea.OF_REGION,
    query = "SELECT a FROM PostcodeArea a WHERE a.scopeRegionId = :region ORDER BY a.postcode4")
@NamedQuery(
    name = PostcodeArea.OF_MUNICIPALITY,
    query = "SELECT a.postcode4 FROM PostcodeArea a WHERE a.scopeMunicipalityId = :municipality")
@NamedQuery(name = PostcodeArea.ALL, query = "SELECT a FROM PostcodeArea a")
public class PostcodeArea {

  public static final String OF_REGION = "PostcodeArea.ofRegion";
  public static final String OF_MUNICIPALITY = "PostcodeArea.ofMunicipality";
  public static final String ALL = "PostcodeArea.all";

  @Id
  @Column(name = "postcode4", length = 4)
  private String postcode4;

  @Column(name = "scope_region_id", nullable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", nullable = false)
  private Long scopeMunicipalityId;

  @Column(nullable = false)
  private int inhabitants;

  @Column(nullable = false)
  private int households;

  private Double latitude;

  private Double longitude;

  protected PostcodeArea() {}

  /** The four digits, e.g. 3511. */
  public String getPostcode4() {
    return postcode4;
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }

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

package nl.burgernet.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/** Inhabitants and households of a municipality in one year (CBS figures on 1 January). */
@Entity
@Table(
    name = "municipality_figures",
    uniqueConstraints = @UniqueConstraint(columnNames = {"municipality_id", "figures_year"}))
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.municipality.region.id = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.municipality.id = :scopeMunicipality)")
public class MunicipalityFigures {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "municipality_id", nullable = false)
  private Municipality municipality;

  @Column(name = "figures_year", nullable = false)
  private int year;

  @Column(nullable = false)
  private int inhabitants;

  @Column(nullable = false)
  private int households;

  protected MunicipalityFigures() {}

  public MunicipalityFigures(Municipality municipality, int year, int inhabitants, int households) {
    if (inhabitants < 0 || households < 0 || households > inhabitants) {
      throw new IllegalArgumentException(
          "inhabitants and households must be positive and households at most inhabitants");
    }
    this.municipality = municipality;
    this.year = year;
    this.inhabitants = inhabitants;
    this.households = households;
  }

  public Long getId() {
    return id;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public int getYear() {
    return year;
  }

  public int getInhabitants() {
    return inhabitants;
  }

  public int getHouseholds() {
    return households;
  }
}

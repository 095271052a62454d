package nl.burgernet.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/** A municipality (gemeente) inside one region; its figures drive percentages and costs. */
@Entity
@Table(name = "municipality")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.region.id = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.id = :scopeMunicipality)")
@NamedQuery(
    name = Municipality.ALL,
    query = "SELECT m FROM Municipality m ORDER BY m.region.name, m.name")
@NamedQuery(
    name = Municipality.OF_REGION,
    query = "SELECT m FROM Municipality m WHERE m.region.id = :region ORDER BY m.name")
public class Municipality {

  public static final String ALL = "Municipality.all";
  public static final String OF_REGION = "Municipality.ofRegion";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** CBS municipality code, e.g. GM0599 for Rotterdam. */
  @Column(name = "cbs_code", nullable = false, unique = true, length = 6)
  private String cbsCode;

  @Column(nullable = false, length = 100)
  private String name;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  // a handful of rows per municipality, needed wherever a municipality is shown
  @OneToMany(mappedBy = "municipality", fetch = FetchType.EAGER)
  @OrderBy("year DESC")
  private List<MunicipalityFigures> figures = new ArrayList<>();

  protected Municipality() {}

  public Municipality(String cbsCode, String name, Region region) {
    this.cbsCode = cbsCode;
    this.name = name;
    this.region = region;
  }

  /** The figures of the most recent year known, if any. */
  public Optional<MunicipalityFigures> latestFigures() {
    return figures.stream().findFirst();
  }

  /** The figures of 1 January of the year, if known. */
  public Optional<MunicipalityFigures> figuresOf(int year) {
    return figures.stream().filter(f -> f.getYear() == year).findFirst();
  }

  public Long getId() {
    return id;
  }

  public String getCbsCode() {
    return cbsCode;
  }

  public String getName() {
    return name;
  }

  public Region getRegion() {
    return region;
  }

  public List<MunicipalityFigures> getFigures() {
    return List.copyOf(figures);
  }
}

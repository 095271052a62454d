package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Optional;
import nl.burgernet.reference.entity.Region;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * What a region's parties pay in one budget year: a contribution per inhabitant from the
 * municipalities and one from the police, and a budget (e.g. relation management) shared over the
 * municipalities by their share of inhabitants, all counted on the inhabitants of 1 January of the
 * figures year (the reference date).
 */
@Entity
@Table(
    name = "finance_year",
    uniqueConstraints = @UniqueConstraint(columnNames = {"region_id", "budget_year"}))
@AdditionalCriteria("(:scopeRegion = 0 OR this.region.id = :scopeRegion)")
@NamedQuery(
    name = FinanceYear.ALL,
    query = "SELECT f FROM FinanceYear f ORDER BY f.region.name, f.budgetYear DESC")
@NamedQuery(
    name = FinanceYear.OF_REGION,
    query = "SELECT f FROM FinanceYear f WHERE f.region.id = :region AND f.budgetYear = :year")
public class FinanceYear {

  public static final String ALL = "FinanceYear.all";
  public static final String OF_REGION = "FinanceYear.ofRegion";

  public static final int PURPOSE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  // read with the year: pages and the API name the region after the boundary has returned
  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "region_id", nullable = false)
  private Region region;

  @Column(name = "budget_year", nullable = false)
  private int budgetYear;

  @Column(name = "figures_year", nullable = false)
  private int figuresYear;

  @Column(name = "municipality_rate", nullable = false, precision = 8, scale = 4)
  private BigDecimal municipalityRate;

  @Column(name = "police_rate", nullable = false, precision = 8, scale = 4)
  private BigDecimal policeRate;

  @Column(name = "allocated_budget")
  private Long allocatedBudget;

  @Column(name = "allocated_purpose", length = PURPOSE_LENGTH)
  private String allocatedPurpose;

  protected FinanceYear() {}

  public FinanceYear(Region region, int budgetYear) {
    this.region = region;
    this.budgetYear = budgetYear;
    this.figuresYear = budgetYear;
    this.municipalityRate = BigDecimal.ZERO;
    this.policeRate = BigDecimal.ZERO;
  }

  /**
   * @param figuresYear whose inhabitants count (on 1 January), at most the budget year
   * @param allocatedBudget whole euros shared by inhabitants, or null for none
   */
  public void change(
      int figuresYear,
      BigDecimal municipalityRate,
      BigDecimal policeRate,
      Long allocatedBudget,
      String allocatedPurpose) {
    if (figuresYear > budgetYear) {
      throw new IllegalArgumentException("the figures cannot be younger than the budget year");
    }
    if (municipalityRate.signum() < 0 || policeRate.signum() < 0) {
      throw new IllegalArgumentException("a rate per inhabitant is at least 0");
    }
    if (allocatedBudget != null && allocatedBudget < 0) {
      throw new IllegalArgumentException("a budget is at least 0");
    }
    this.figuresYear = figuresYear;
    this.municipalityRate = municipalityRate;
    this.policeRate = policeRate;
    this.allocatedBudget = allocatedBudget;
    this.allocatedPurpose =
        allocatedBudget == null || allocatedPurpose == null ? null : allocatedPurpose.strip();
  }

  public Long getId() {
    return id;
  }

  public Region getRegion() {
    return region;
  }

  public int getBudgetYear() {
    return budgetYear;
  }

  public int getFiguresYear() {
    return figuresYear;
  }

  public BigDecimal getMunicipalityRate() {
    return municipalityRate;
  }

  public BigDecimal getPoliceRate() {
    return policeRate;
  }

  public Optional<Long> getAllocatedBudget() {
    return Optional.ofNullable(allocatedBudget);
  }

  public Optional<String> getAllocatedPurpose() {
    return Optional.ofNullable(allocatedPurpose);
  }
}

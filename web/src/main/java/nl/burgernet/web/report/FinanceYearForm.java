package nl.burgernet.web.report;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import nl.burgernet.report.boundary.FinanceYearChange;
import nl.burgernet.report.boundary.Finances;
import nl.burgernet.report.boundary.ParticipantBase.Area;
import nl.burgernet.report.boundary.ParticipantBaseFigures;
import nl.burgernet.report.entity.FinanceYear;
import nl.burgernet.web.faces.Messages;

/**
 * The manager's form on /portal/marap/financien.xhtml: a region's budget year with its rates, the
 * year whose inhabitants count and the budget to share. Choosing an existing year fills the form.
 */
@Named("financeForm")
@ViewScoped
public class FinanceYearForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Finances finances;

  @Inject private transient ParticipantBaseFigures areas;

  private Long regionId;
  private int budgetYear = Year.now(ZoneId.of("Europe/Amsterdam")).getValue() + 1;
  private int figuresYear = budgetYear - 1;
  private BigDecimal municipalityRate = BigDecimal.ZERO;
  private BigDecimal policeRate = BigDecimal.ZERO;
  private Long allocatedBudget;
  private String allocatedPurpose;
  private List<Area> regions;

  public List<Area> getRegions() {
    if (regions == null) {
      regions = areas.regions();
      if (regionId == null && !regions.isEmpty()) {
        regionId = regions.get(0).id();
      }
    }
    return regions;
  }

  /** Fills the form from the year shown in the table, to change it. */
  public void edit(FinanceYear year) {
    regionId = year.getRegion().getId();
    budgetYear = year.getBudgetYear();
    figuresYear = year.getFiguresYear();
    municipalityRate = year.getMunicipalityRate();
    policeRate = year.getPoliceRate();
    allocatedBudget = year.getAllocatedBudget().orElse(null);
    allocatedPurpose = year.getAllocatedPurpose().orElse(null);
  }

  public void save() {
    FinanceYear saved =
        finances.save(
            new FinanceYearChange(
                regionId,
                budgetYear,
                figuresYear,
                municipalityRate,
                policeRate,
                allocatedBudget,
                allocatedPurpose));
    FacesContext faces = FacesContext.getCurrentInstance();
    Messages.info(
        faces,
        Messages.text(
            faces,
            "finance.saved",
            saved.getRegion().getName(),
            String.valueOf(saved.getBudgetYear())));
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public int getBudgetYear() {
    return budgetYear;
  }

  public void setBudgetYear(int budgetYear) {
    this.budgetYear = budgetYear;
  }

  public int getFiguresYear() {
    return figuresYear;
  }

  public void setFiguresYear(int figuresYear) {
    this.figuresYear = figuresYear;
  }

  public BigDecimal getMunicipalityRate() {
    return municipalityRate;
  }

  public void setMunicipalityRate(BigDecimal municipalityRate) {
    this.municipalityRate = municipalityRate;
  }

  public BigDecimal getPoliceRate() {
    return policeRate;
  }

  public void setPoliceRate(BigDecimal policeRate) {
    this.policeRate = policeRate;
  }

  public Long getAllocatedBudget() {
    return allocatedBudget;
  }

  public void setAllocatedBudget(Long allocatedBudget) {
    this.allocatedBudget = allocatedBudget;
  }

  public String getAllocatedPurpose() {
    return allocatedPurpose;
  }

  public void setAllocatedPurpose(String allocatedPurpose) {
    this.allocatedPurpose = allocatedPurpose;
  }
}

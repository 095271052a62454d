package nl.burgernet.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.report.boundary.Finances;
import nl.burgernet.report.entity.FinanceTable;
import nl.burgernet.report.entity.FinanceYear;

/**
 * /portal/marap/financien.xhtml: a region's budget year as a table per municipality; the newest
 * year is shown first, another is chosen from the list.
 */
@Named("finance")
@ViewScoped
public class FinanceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Finances finances;

  private List<FinanceView.Year> years = List.of();

  private Long yearId;

  private transient FinanceTable table;

  /** View action on the first request of the page. */
  public void load() {
    years = finances.years().stream().map(FinanceView.Year::of).toList();
    if (yearId == null && !years.isEmpty()) {
      yearId = years.get(0).id();
    }
    show();
  }

  /** Shows the chosen year. */
  public void show() {
    table = yearId == null ? null : finances.table(yearId);
  }

  public List<FinanceView.Year> getYears() {
    return years;
  }

  public Long getYearId() {
    return yearId;
  }

  public void setYearId(Long yearId) {
    this.yearId = yearId;
  }

  public FinanceTable getTable() {
    if (table == null && yearId != null) {
      show();
    }
    return table;
  }

  public boolean hasBudget() {
    return getTable() != null && getTable().year().getAllocatedBudget().isPresent();
  }

  public FinanceYear getYear() {
    return getTable() == null ? null : getTable().year();
  }
}

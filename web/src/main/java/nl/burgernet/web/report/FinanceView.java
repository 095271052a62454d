package nl.burgernet.web.report;

import java.math.BigDecimal;
import java.util.List;
import nl.burgernet.report.entity.FinanceTable;
import nl.burgernet.report.entity.FinanceYear;

/** A budget year's finance table as the API shows it. */
public record FinanceView(Year year, List<Line> municipalities, Line total) {

  /** A region's budget year and what it counts on. */
  public record Year(
      long id,
      String region,
      int budgetYear,
      int figuresYear,
      BigDecimal municipalityRate,
      BigDecimal policeRate,
      Long allocatedBudget,
      String allocatedPurpose) {

    static Year of(FinanceYear year) {
      return new Year(
          year.getId(),
          year.getRegion().getName(),
          year.getBudgetYear(),
          year.getFiguresYear(),
          year.getMunicipalityRate(),
          year.getPoliceRate(),
          year.getAllocatedBudget().orElse(null),
          year.getAllocatedPurpose().orElse(null));
    }
  }

  /** One municipality, or the total when {@code municipality} is null. */
  public record Line(
      String municipality,
      long inhabitants,
      long households,
      BigDecimal sharePercent,
      Long allocated,
      BigDecimal municipalityContribution,
      BigDecimal policeContribution) {

    static Line of(FinanceTable.Line line) {
      return new Line(
          line.municipality(),
          line.inhabitants(),
          line.households(),
          line.sharePercent(),
          line.allocated().orElse(null),
          line.municipalityContribution(),
          line.policeContribution());
    }
  }

  static FinanceView of(FinanceTable table) {
    return new FinanceView(
        Year.of(table.year()),
        table.lines().stream().map(Line::of).toList(),
        Line.of(table.total()));
  }
}

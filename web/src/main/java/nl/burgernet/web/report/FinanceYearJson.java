package nl.burgernet.web.report;

import java.math.BigDecimal;
import nl.burgernet.report.boundary.FinanceYearChange;

/**
 * The body of PUT /api/v1/marap/finance: a plain JSON type, since the rules are checked by the
 * service (and Payara's OpenAPI generator fails on validation annotations of a record body).
 */
public record FinanceYearJson(
    Long regionId,
    Integer budgetYear,
    Integer figuresYear,
    BigDecimal municipalityRate,
    BigDecimal policeRate,
    Long allocatedBudget,
    String allocatedPurpose) {

  FinanceYearChange change() {
    return new FinanceYearChange(
        regionId,
        budgetYear == null ? 0 : budgetYear,
        figuresYear == null ? 0 : figuresYear,
        municipalityRate,
        policeRate,
        allocatedBudget,
        allocatedPurpose);
  }
}

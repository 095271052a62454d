package nl.burgernet.report.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import nl.burgernet.report.entity.FinanceYear;

/**
 * A region's budget year as the manager sets it: the contributions per inhabitant, the year whose
 * inhabitants count (on 1 January) and optionally a budget to share over the municipalities.
 */
public record FinanceYearChange(
    @NotNull(message = "{finance.region.required}") Long regionId,
    @Min(value = 2000, message = "{finance.year.range}")
        @Max(value = 2100, message = "{finance.year.range}")
        int budgetYear,
    @Min(value = 2000, message = "{finance.year.range}")
        @Max(value = 2100, message = "{finance.year.range}")
        int figuresYear,
    @NotNull(message = "{finance.rate.required}")
        @DecimalMin(value = "0", message = "{finance.rate.range}")
        @DecimalMax(value = "10", message = "{finance.rate.range}")
        @Digits(integer = 2, fraction = 4, message = "{finance.rate.range}")
        BigDecimal municipalityRate,
    @NotNull(message = "{finance.rate.required}")
        @DecimalMin(value = "0", message = "{finance.rate.range}")
        @DecimalMax(value = "10", message = "{finance.rate.range}")
        @Digits(integer = 2, fraction = 4, message = "{finance.rate.range}")
        BigDecimal policeRate,
    @PositiveOrZero(message = "{finance.budget.range}") Long allocatedBudget,
    @Size(max = FinanceYear.PURPOSE_LENGTH, message = "{finance.purpose.size}")
        String allocatedPurpose) {}

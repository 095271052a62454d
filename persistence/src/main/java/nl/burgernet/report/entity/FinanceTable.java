package nl.burgernet.report.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The finance figures of a region's year, one line per municipality: its share of the region's
 * inhabitants, its part of the budget and the contributions per inhabitant. Shares (in hundredths
 * of a percent) and budget parts (in whole euros) are apportioned by largest remainder, so both
 * columns add up exactly to 100.00% and to the budget; contributions are exact to the cent.
 */
public record FinanceTable(FinanceYear year, List<Line> lines, Line total) {

  /** A municipality's inhabitants and households on the reference date. */
  public record Inhabitants(String municipality, long inhabitants, long households) {}

  /**
   * @param shareHundredths share of the region's inhabitants in hundredths of a percent
   * @param allocated whole euros of the budget, empty without a budget
   */
  public record Line(
      String municipality,
      long inhabitants,
      long households,
      long shareHundredths,
      Optional<Long> allocated,
      BigDecimal municipalityContribution,
      BigDecimal policeContribution) {

    public BigDecimal sharePercent() {
      return BigDecimal.valueOf(shareHundredths, 2);
    }
  }

  private static final long HUNDRED_PERCENT_IN_HUNDREDTHS = 10_000;

  public static FinanceTable of(FinanceYear year, List<Inhabitants> municipalities) {
    if (municipalities.isEmpty()) {
      throw new IllegalArgumentException(
          "no municipalities with figures of " + year.getFiguresYear());
    }
    List<Long> weights = municipalities.stream().map(Inhabitants::inhabitants).toList();
    long[] shares = LargestRemainder.apportion(HUNDRED_PERCENT_IN_HUNDREDTHS, weights);
    Optional<long[]> parts =
        year.getAllocatedBudget().map(budget -> LargestRemainder.apportion(budget, weights));
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < municipalities.size(); i++) {
      Inhabitants municipality = municipalities.get(i);
      int index = i;
      lines.add(
          new Line(
              municipality.municipality(),
              municipality.inhabitants(),
              municipality.households(),
              shares[i],
              parts.map(p -> p[index]),
              contribution(year.getMunicipalityRate(), municipality.inhabitants()),
              contribution(year.getPoliceRate(), municipality.inhabitants())));
    }
    return new FinanceTable(year, List.copyOf(lines), total(year, lines));
  }

  /** Sums of the lines, so the total row is what the lines above it add up to. */
  private static Line total(FinanceYear year, List<Line> lines) {
    return new Line(
        null,
        lines.stream().mapToLong(Line::inhabitants).sum(),
        lines.stream().mapToLong(Line::households).sum(),
        lines.stream().mapToLong(Line::shareHundredths).sum(),
        year.getAllocatedBudget(),
        lines.stream().map(Line::municipalityContribution).reduce(BigDecimal.ZERO, BigDecimal::add),
        lines.stream().map(Line::policeContribution).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static BigDecimal contribution(BigDecimal rate, long inhabitants) {
    return rate.multiply(BigDecimal.valueOf(inhabitants)).setScale(2, RoundingMode.HALF_UP);
  }
}

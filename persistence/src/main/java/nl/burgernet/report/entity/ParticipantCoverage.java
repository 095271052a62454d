package nl.burgernet.report.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How well an area is covered by participants: as a percentage of its inhabitants (the figure the
 * region's targets are set in), per 1,000 inhabitants, per 100 and per 1,000 households.
 */
public record ParticipantCoverage(long participants, long inhabitants, long households) {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /** Participants per 100 inhabitants, rounded half up to two decimals; 0 without inhabitants. */
  public BigDecimal percentOfInhabitants() {
    return ratio(HUNDRED, inhabitants, 2);
  }

  /** Participants per 1,000 households, rounded half up to one decimal; 0 without households. */
  public BigDecimal perThousandHouseholds() {
    return ratio(THOUSAND, households, 1);
  }

  /** Participants per 1,000 inhabitants, rounded half up to one decimal; 0 without inhabitants. */
  public BigDecimal perThousandInhabitants() {
    return ratio(THOUSAND, inhabitants, 1);
  }

  /** Participants per 100 households, rounded half up to two decimals; 0 without households. */
  public BigDecimal perHundredHouseholds() {
    return ratio(HUNDRED, households, 2);
  }

  /**
   * How the area's share of inhabitants compares with a threshold percentage (the Burgernetkaart's
   * colours); an area without inhabitants cannot be judged.
   */
  public CoverageLevel level(BigDecimal thresholdPercent) {
    if (inhabitants == 0) {
      return CoverageLevel.NO_INHABITANTS;
    }
    if (percentOfInhabitants().compareTo(thresholdPercent) < 0) {
      return CoverageLevel.UNDER;
    }
    return percentOfInhabitants().compareTo(thresholdPercent.multiply(TWO)) < 0
        ? CoverageLevel.FAIR
        : CoverageLevel.GOOD;
  }

  /** Whether the area reaches the region's target share of inhabitants. */
  public boolean meets(BigDecimal targetPercent) {
    return percentOfInhabitants().compareTo(targetPercent) >= 0;
  }

  /** Whether the area is below the share under which the region recruits with priority. */
  public boolean isRecruitmentFocus(BigDecimal focusPercent) {
    return percentOfInhabitants().compareTo(focusPercent) < 0;
  }

  public ParticipantCoverage plus(ParticipantCoverage other) {
    return new ParticipantCoverage(
        participants + other.participants,
        inhabitants + other.inhabitants,
        households + other.households);
  }

  private BigDecimal ratio(BigDecimal per, long base, int decimals) {
    if (base == 0) {
      return BigDecimal.ZERO.setScale(decimals);
    }
    return BigDecimal.valueOf(participants)
        .multiply(per)
        .divide(BigDecimal.valueOf(base), decimals, RoundingMode.HALF_UP);
  }
}

package nl.burgernet.report.entity;

/** How well an area is covered against a threshold share of its inhabitants. */
public enum CoverageLevel {
  /** Below the threshold: flagged for recruitment. */
  UNDER,
  /** From the threshold up to twice it. */
  FAIR,
  /** Twice the threshold or more. */
  GOOD,
  /** No inhabitants known (e.g. an industrial estate): no share to judge. */
  NO_INHABITANTS;

  /** Whether the area should be recruited in. */
  public boolean isFlagged() {
    return this == UNDER;
  }
}

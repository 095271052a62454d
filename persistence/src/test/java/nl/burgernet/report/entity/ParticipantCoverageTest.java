package nl.burgernet.report.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ParticipantCoverageTest {

  /** Deventer: ~100,000 inhabitants (seed 003), 45,000 households. */
  private final ParticipantCoverage deventer = new ParticipantCoverage(4_825, 100_000, 45_000);

  @Test
  void the_share_of_inhabitants_is_a_percentage_rounded_half_up_to_two_decimals() {
    assertThat(deventer.percentOfInhabitants()).isEqualByComparingTo("4.83");
    assertThat(new ParticipantCoverage(1, 3, 1).percentOfInhabitants())
        .isEqualByComparingTo("33.33");
  }

  @Test
  void households_are_counted_per_thousand_to_one_decimal() {
    assertThat(deventer.perThousandHouseholds()).isEqualByComparingTo("107.2");
  }

  @Test
  void an_area_without_inhabitants_or_households_counts_zero_instead_of_failing() {
    ParticipantCoverage empty = new ParticipantCoverage(3, 0, 0);

    assertThat(empty.percentOfInhabitants()).isEqualByComparingTo("0");
    assertThat(empty.perThousandHouseholds()).isEqualByComparingTo("0");
  }

  @Test
  void the_target_is_met_from_the_target_share_on_and_recruitment_focus_is_below_its_share() {
    assertThat(deventer.meets(new BigDecimal("4.83"))).isTrue();
    assertThat(deventer.meets(new BigDecimal("5.00"))).isFalse();
    assertThat(deventer.isRecruitmentFocus(new BigDecimal("10.00"))).isTrue();
    assertThat(deventer.isRecruitmentFocus(new BigDecimal("4.83"))).isFalse();
  }

  @Test
  void a_region_is_the_sum_of_its_municipalities() {
    ParticipantCoverage region = deventer.plus(new ParticipantCoverage(175, 25_000, 10_000));

    assertThat(region).isEqualTo(new ParticipantCoverage(5_000, 125_000, 55_000));
    assertThat(region.percentOfInhabitants()).isEqualByComparingTo("4.00");
  }

  @Test
  void the_burgernetkaart_counts_per_thousand_inhabitants_and_per_hundred_households() {
    assertThat(deventer.perThousandInhabitants()).isEqualByComparingTo("48.3");
    assertThat(deventer.perHundredHouseholds()).isEqualByComparingTo("10.72");
    assertThat(new ParticipantCoverage(3, 0, 0).perThousandInhabitants()).isEqualByComparingTo("0");
  }

  @Test
  void an_area_below_the_threshold_is_flagged_and_twice_the_threshold_is_good() {
    BigDecimal threshold = new BigDecimal("5.00");

    assertThat(new ParticipantCoverage(499, 10_000, 4_000).level(threshold))
        .isEqualTo(CoverageLevel.UNDER);
    assertThat(new ParticipantCoverage(500, 10_000, 4_000).level(threshold))
        .isEqualTo(CoverageLevel.FAIR);
    assertThat(new ParticipantCoverage(999, 10_000, 4_000).level(threshold))
        .isEqualTo(CoverageLevel.FAIR);
    assertThat(new ParticipantCoverage(1_000, 10_000, 4_000).level(threshold))
        .isEqualTo(CoverageLevel.GOOD);
    assertThat(CoverageLevel.UNDER.isFlagged()).isTrue();
    assertThat(CoverageLevel.FAIR.isFlagged()).isFalse();
  }

  @Test
  void an_area_without_inhabitants_is_not_flagged() {
    CoverageLevel level = new ParticipantCoverage(0, 0, 0).level(new BigDecimal("5.00"));

    assertThat(level).isEqualTo(CoverageLevel.NO_INHABITANTS);
    assertThat(level.isFlagged()).isFalse();
  }
}

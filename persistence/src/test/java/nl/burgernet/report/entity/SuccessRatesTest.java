package nl.burgernet.report.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import nl.burgernet.action.entity.Outcome;
import org.junit.jupiter.api.Test;

class SuccessRatesTest {

  /** Midden-Nederland 2021 (seed 001): 838 actions, 14% direct success. */
  private final SuccessRates year2021 = new SuccessRates(838, 117, 420);

  @Test
  void successes_are_percentages_of_the_closed_actions_to_one_decimal() {
    assertThat(year2021.hardPercent()).isEqualByComparingTo("14.0");
    assertThat(year2021.softPercent()).isEqualByComparingTo("50.1");
    assertThat(year2021.societalPercent()).isEqualByComparingTo("64.1");
  }

  @Test
  void the_target_is_about_hard_success() {
    assertThat(year2021.meets(new BigDecimal("8"))).isTrue();
    assertThat(year2021.meets(new BigDecimal("15"))).isFalse();
    assertThat(new SuccessRates(0, 0, 0).meets(BigDecimal.ZERO)).as("nothing closed").isFalse();
  }

  @Test
  void an_action_counts_by_its_outcome_and_an_open_one_not_yet() {
    assertThat(figures(Outcome.FOUND_THANKS_TO_PARTICIPANT).success())
        .isEqualTo(ActionFigures.Success.HARD);
    assertThat(figures(Outcome.FOUND_OTHERWISE).success()).isEqualTo(ActionFigures.Success.SOFT);
    assertThat(figures(Outcome.CANCELLED).success()).isEqualTo(ActionFigures.Success.NONE);
    assertThat(new ActionFigures(Optional.empty(), 0, Optional.empty()).success())
        .isEqualTo(ActionFigures.Success.OPEN);
  }

  private static ActionFigures figures(Outcome outcome) {
    return new ActionFigures(Optional.of(outcome), 0, Optional.empty());
  }
}

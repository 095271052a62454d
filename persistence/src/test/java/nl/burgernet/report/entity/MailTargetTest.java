package nl.burgernet.report.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTargetTest {

  private final MailTarget twoAYear = new MailTarget(2);

  @Test
  void a_year_asks_for_the_yearly_number_and_two_years_for_twice_that() {
    assertThat(twoAYear.forMonths(12)).isEqualTo(2);
    assertThat(twoAYear.forMonths(24)).isEqualTo(4);
  }

  @Test
  void part_of_a_year_asks_for_its_share_rounded_up() {
    assertThat(twoAYear.forMonths(1)).isEqualTo(1);
    assertThat(twoAYear.forMonths(3)).isEqualTo(1);
    assertThat(twoAYear.forMonths(6)).isEqualTo(1);
    assertThat(twoAYear.forMonths(7)).isEqualTo(2);
  }
}

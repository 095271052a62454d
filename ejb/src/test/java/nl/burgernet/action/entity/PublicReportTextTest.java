package nl.burgernet.action.entity;

import static org.assertj.core.api.Assertions.assertThat;

import nl.burgernet.action.entity.PublicReportText.Problem;
import org.junit.jupiter.api.Test;

class PublicReportTextTest {

  private static final String DESCRIPTION = "Man, 30 jaar, rode jas, op een zwarte scooter.";

  @Test
  void a_plain_account_of_the_outcome_may_be_published() {
    assertThat(
            PublicReportText.problemOf(
                "Op 12 november zocht de politie met 2.300 deelnemers in Rotterdam-Zuid naar een"
                    + " overvaller. Dankzij een tip is om 21.15 uur een verdachte aangehouden.",
                DESCRIPTION))
        .isEmpty();
  }

  @Test
  void contact_details_and_the_description_are_refused() {
    assertThat(PublicReportText.problemOf("Mail naar j.jansen@example.nl", DESCRIPTION))
        .contains(Problem.EMAIL_ADDRESS);
    assertThat(PublicReportText.problemOf("Getuigen bellen 06-12345678.", DESCRIPTION))
        .contains(Problem.PHONE_NUMBER);
    assertThat(PublicReportText.problemOf("Bel +31 10 123 45 67", DESCRIPTION))
        .contains(Problem.PHONE_NUMBER);
    assertThat(
            PublicReportText.problemOf(
                "Gezocht werd: man, 30 jaar, RODE JAS, op een zwarte scooter.", DESCRIPTION))
        .contains(Problem.DESCRIPTION);
  }
}

package nl.burgernet.action.entity;

import static org.assertj.core.api.Assertions.assertThat;

import nl.burgernet.action.boundary.SmsFacts;
import nl.burgernet.delivery.entity.SmsAlphabet;
import org.junit.jupiter.api.Test;

class ActionRulesTest {

  private static final String WORDING =
      "Dit is een oproep voor Burgernet. {signalement} Heeft u informatie, belt u dan met {nummer}"
          + " en blijf aan de lijn.";

  @Test
  void outcomes_are_classified_as_hard_soft_or_no_success() {
    assertThat(Outcome.FOUND_THANKS_TO_PARTICIPANT.success()).isEqualTo(Outcome.Success.HARD);
    assertThat(Outcome.FOUND_OTHERWISE.success()).isEqualTo(Outcome.Success.SOFT);
    assertThat(Outcome.NOT_FOUND.success()).isEqualTo(Outcome.Success.NONE);
    assertThat(Outcome.CANCELLED.success()).isEqualTo(Outcome.Success.NONE);
    assertThat(Outcome.FOUND_THANKS_TO_PARTICIPANT.isSuccess()).isTrue();
    assertThat(Outcome.FOUND_OTHERWISE.isSuccess()).as("societal success").isTrue();
    assertThat(Outcome.NOT_FOUND.isSuccess()).isFalse();
  }

  @Test
  void only_missing_children_amber_alerts_and_disasters_are_life_threatening() {
    assertThat(ActionKind.values())
        .filteredOn(ActionKind::isLifeThreatening)
        .containsExactlyInAnyOrder(
            ActionKind.MISSING_CHILD, ActionKind.AMBER_ALERT, ActionKind.DISASTER);
  }

  @Test
  void the_wording_takes_the_description_and_the_callback_number() {
    assertThat(ActionTexts.compose(WORDING, " Man, 1.80 m, blauwe jas. ", "0800-0011"))
        .isEqualTo(
            "Dit is een oproep voor Burgernet. Man, 1.80 m, blauwe jas. Heeft u informatie, belt u"
                + " dan met 0800-0011 en blijf aan de lijn.");
    assertThat(ActionTexts.isWording(WORDING)).isTrue();
    assertThat(ActionTexts.isWording("Dit is een oproep voor Burgernet. {signalement}")).isFalse();
  }

  @Test
  void the_sms_facts_count_segments_in_the_alphabet_the_text_needs() {
    assertThat(SmsFacts.of("a".repeat(160)))
        .isEqualTo(new SmsFacts(160, 1, SmsAlphabet.GSM_7, true));
    assertThat(SmsFacts.of("a".repeat(161)))
        .isEqualTo(new SmsFacts(161, 2, SmsAlphabet.GSM_7, true));
    assertThat(SmsFacts.of("Prijs € 5"))
        .as("the euro takes two septets")
        .extracting(SmsFacts::length)
        .isEqualTo(10);
    assertThat(SmsFacts.of("Meisje 🧥".repeat(10)))
        .extracting(SmsFacts::alphabet, SmsFacts::segments)
        .containsExactly(SmsAlphabet.UCS_2, 2);
  }

  @Test
  void a_text_too_long_to_send_still_shows_its_size_and_is_not_sendable() {
    SmsFacts facts = SmsFacts.of("a".repeat(153 * 11));

    assertThat(facts.sendable()).isFalse();
    assertThat(facts.segments()).isEqualTo(11);
    assertThat(SmsFacts.of(" ").sendable()).isFalse();
  }

  @Test
  void a_wording_is_counted_without_the_description_and_number_every_action_adds() {
    String fixed =
        "Dit is een oproep voor Burgernet.  Heeft u informatie, belt u dan met  en blijf aan de"
            + " lijn.";

    assertThat(SmsFacts.ofWording(WORDING)).isEqualTo(SmsFacts.of(fixed));
    assertThat(SmsFacts.ofWording(WORDING).length()).isEqualTo(fixed.length());
    assertThat(SmsFacts.ofWording(null).sendable()).isFalse();
  }
}

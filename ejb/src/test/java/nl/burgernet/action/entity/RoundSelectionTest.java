package nl.burgernet.action.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.burgernet.participant.entity.QuietHours;
import nl.burgernet.participant.entity.ReachableChannels;
import org.junit.jupiter.api.Test;

class RoundSelectionTest {

  private static final ParticipantProtection AT_MOST_TWO_A_DAY = new ParticipantProtection(2);
  private static final QuietHours NIGHT = new QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0));
  private static final LocalTime AFTERNOON = LocalTime.of(15, 0);

  /** The channels play no part in who a round selects. */
  private static final ReachableChannels SMS_ONLY = ReachableChannels.of(2);

  private static final LocalTime MIDNIGHT = LocalTime.of(0, 30);

  @Test
  void a_widening_reaches_only_participants_no_earlier_round_reached() {
    List<Candidate> inWiderArea = List.of(free(1), free(2), free(3), free(4));

    RoundSelection round =
        RoundSelection.of(
            inWiderArea,
            Set.of(1L, 2L),
            Map.of(),
            ActionKind.ROBBERY,
            AT_MOST_TWO_A_DAY,
            AFTERNOON);

    assertThat(round.recipients()).containsOnly(3L, 4L);
    assertThat(round.inArea()).isEqualTo(4);
    assertThat(round.alreadyReached()).isEqualTo(2);
    assertThat(round.spared()).isZero();
  }

  @Test
  void participants_who_had_their_daily_actions_are_spared() {
    RoundSelection round =
        RoundSelection.of(
            List.of(free(1), free(2), free(3)),
            Set.of(),
            Map.of(1L, 2, 2L, 1),
            ActionKind.BURGLARY,
            AT_MOST_TWO_A_DAY,
            AFTERNOON);

    assertThat(round.recipients()).containsOnly(2L, 3L);
    assertThat(round.spared()).isEqualTo(1);
  }

  @Test
  void participants_in_their_quiet_hours_are_spared_only_during_them() {
    List<Candidate> candidates = List.of(new Candidate(1, NIGHT, SMS_ONLY), free(2));

    assertThat(
            RoundSelection.of(
                    candidates,
                    Set.of(),
                    Map.of(),
                    ActionKind.STOLEN_VEHICLE,
                    AT_MOST_TWO_A_DAY,
                    MIDNIGHT)
                .recipients())
        .containsOnly(2L);
    assertThat(
            RoundSelection.of(
                    candidates,
                    Set.of(),
                    Map.of(),
                    ActionKind.STOLEN_VEHICLE,
                    AT_MOST_TWO_A_DAY,
                    AFTERNOON)
                .recipients())
        .containsOnly(1L, 2L);
  }

  @Test
  void life_threatening_kinds_reach_everyone_despite_caps_and_quiet_hours() {
    List<Candidate> candidates = List.of(new Candidate(1, NIGHT, SMS_ONLY), free(2));
    Map<Long, Integer> busyDay = Map.of(2L, 5);

    for (ActionKind kind :
        List.of(ActionKind.MISSING_CHILD, ActionKind.AMBER_ALERT, ActionKind.DISASTER)) {
      RoundSelection round =
          RoundSelection.of(candidates, Set.of(), busyDay, kind, AT_MOST_TWO_A_DAY, MIDNIGHT);

      assertThat(round.recipients()).as(kind.name()).containsOnly(1L, 2L);
      assertThat(round.spared()).isZero();
    }
    assertThat(
            RoundSelection.of(
                    candidates, Set.of(), busyDay, ActionKind.VIOLENCE, AT_MOST_TWO_A_DAY, MIDNIGHT)
                .recipients())
        .isEmpty();
  }

  @Test
  void an_exercise_of_a_life_threatening_kind_keeps_caps_and_quiet_hours() {
    List<Candidate> candidates = List.of(new Candidate(1, NIGHT, SMS_ONLY), free(2), free(3));

    RoundSelection round =
        RoundSelection.of(
            candidates,
            Set.of(),
            Map.of(2L, 5),
            ActionKind.MISSING_CHILD,
            ParticipantProtection.of(2, ActionStatus.EXERCISE),
            MIDNIGHT);

    assertThat(round.recipients()).containsOnly(3L);
    assertThat(round.spared()).isEqualTo(2);
    assertThat(ParticipantProtection.of(2, ActionStatus.TEST).overrides(ActionKind.AMBER_ALERT))
        .isFalse();
    assertThat(ParticipantProtection.of(2, ActionStatus.ACTUAL).overrides(ActionKind.AMBER_ALERT))
        .isTrue();
  }

  @Test
  void a_widening_of_a_life_threatening_action_still_skips_those_already_reached() {
    RoundSelection round =
        RoundSelection.of(
            List.of(free(1), free(2)),
            Set.of(1L),
            Map.of(),
            ActionKind.MISSING_CHILD,
            AT_MOST_TWO_A_DAY,
            AFTERNOON);

    assertThat(round.recipients()).containsOnly(2L);
  }

  private static Candidate free(long id) {
    return new Candidate(id, null, SMS_ONLY);
  }
}

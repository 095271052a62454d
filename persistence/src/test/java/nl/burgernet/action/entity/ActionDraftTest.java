package nl.burgernet.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActionDraftTest {

  private static final Instant NOW = Instant.parse("2026-11-22T19:31:00Z");

  @Test
  void a_cancel_withdraws_a_waiting_draft_once() {
    ActionDraft draft = draft();

    assertThat(draft.cancel("cap-partner", NOW)).isTrue();
    assertThat(draft.cancel("cap-partner", NOW.plusSeconds(60))).as("again").isFalse();

    assertThat(draft.getState()).isEqualTo(ActionDraft.State.WITHDRAWN);
    assertThat(draft.getCancelledAt()).contains(NOW);
    assertThat(draft.getRunningActionId()).isEmpty();
  }

  @Test
  void a_cancel_of_a_sent_draft_leaves_it_sent_with_its_action_running() {
    ActionDraft draft = draft();
    draft.sentAs(42, "meldkamer", NOW);

    assertThat(draft.cancel("cap-partner", NOW)).isTrue();

    assertThat(draft.getState()).isEqualTo(ActionDraft.State.SENT);
    assertThat(draft.getRunningActionId()).contains(42L);
  }

  @Test
  void an_update_of_an_action_is_attached_to_it_and_a_replaced_draft_is_done_with() {
    ActionDraft update = draft();
    ActionDraft replaced = draft();

    update.attachTo(42, "cap-partner", NOW);
    replaced.replace("cap-partner", NOW);

    assertThat(update.getState()).isEqualTo(ActionDraft.State.ATTACHED);
    assertThat(update.getRunningActionId()).contains(42L);
    assertThat(replaced.getRunningActionId()).isEmpty();
    assertThatThrownBy(() -> replaced.dismiss("meldkamer", NOW))
        .as("no longer the operator's to review")
        .isInstanceOf(IllegalStateException.class);
  }

  private static ActionDraft draft() {
    return new ActionDraft(
        "amber-alert@politie.nl",
        "AMBER-2026-17",
        NOW.minusSeconds(60),
        "AMBER Alert",
        "AMBER Alert: vermist kind",
        ActionStatus.ACTUAL,
        7,
        "Meisje, 6 jaar, roze jas.",
        "0800-6070",
        "{}",
        "<alert/>",
        1,
        NOW);
  }
}

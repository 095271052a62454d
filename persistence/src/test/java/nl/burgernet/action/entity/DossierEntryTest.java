package nl.burgernet.action.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.security.entity.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DossierEntryTest {

  private static final Instant NOW = Instant.parse("2026-11-22T14:05:00.123456Z");

  private Action action;
  private List<DossierEntry> dossier;

  @BeforeEach
  void an_action_with_three_entries() throws ReflectiveOperationException {
    DeploymentScenario scenario =
        new DeploymentScenario(
            "Overval",
            ActionKind.ROBBERY,
            2000,
            EnumSet.of(Channel.SMS),
            "{signalement} {nummer}",
            "{signalement} {nummer}",
            true);
    action =
        new Action(
            "key-1",
            scenario,
            ActionStatus.ACTUAL,
            "Man met blauwe jas",
            "0800-0011",
            EnumSet.of(Channel.SMS),
            "sms",
            "voice",
            "meldkamer",
            Scope.region(2),
            NOW);
    set(action, "id", 7L);
    dossier = new ArrayList<>();
    append("meldkamer", DossierEntryKind.STARTED, "Actie gestart");
    append("meldkamer", DossierEntryKind.ROUND_SENT, "Ronde 1: 120 deelnemers");
    append("+316*****678", DossierEntryKind.TIP_RECEIVED, "Ik zag hem bij de bakker");
  }

  @Test
  void entries_are_numbered_and_chained_from_the_first() {
    assertThat(dossier).extracting(DossierEntry::getSequence).containsExactly(1, 2, 3);
    assertThat(dossier)
        .extracting(DossierEntry::getChainHash)
        .doesNotHaveDuplicates()
        .allSatisfy(h -> assertThat(h).hasSize(64));
    assertThat(dossier.get(0).getRecordedAt()).isEqualTo(Instant.parse("2026-11-22T14:05:00.123Z"));
    assertThat(DossierEntry.firstBroken(dossier)).isEmpty();
  }

  @Test
  void a_changed_content_breaks_the_chain_at_that_entry() throws ReflectiveOperationException {
    set(dossier.get(1), "content", "Ronde 1: 12 deelnemers");

    assertThat(DossierEntry.firstBroken(dossier)).contains(2);
  }

  @Test
  void a_changed_actor_or_time_breaks_it_too() throws ReflectiveOperationException {
    set(dossier.get(2), "actor", "iemand anders");
    assertThat(DossierEntry.firstBroken(dossier)).contains(3);

    an_action_with_three_entries();
    set(dossier.get(0), "recordedAt", NOW.plusSeconds(60));
    assertThat(DossierEntry.firstBroken(dossier)).contains(1);
  }

  @Test
  void a_removed_entry_is_found() {
    dossier.remove(1);

    assertThat(DossierEntry.firstBroken(dossier)).contains(3);
  }

  @Test
  void rehashing_a_changed_entry_does_not_hide_it_from_the_next()
      throws ReflectiveOperationException {
    DossierEntry forged =
        DossierEntry.after(
            Optional.of(dossier.get(0)),
            action,
            "meldkamer",
            DossierEntryKind.ROUND_SENT,
            "Ronde 1: 12 deelnemers",
            NOW);
    dossier.set(1, forged);

    assertThat(DossierEntry.firstBroken(dossier)).contains(3);
  }

  private void append(String actor, DossierEntryKind kind, String content) {
    Optional<DossierEntry> last =
        dossier.isEmpty() ? Optional.empty() : Optional.of(dossier.get(dossier.size() - 1));
    dossier.add(DossierEntry.after(last, action, actor, kind, content, NOW));
  }

  private static void set(Object target, String field, Object value)
      throws ReflectiveOperationException {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}

package nl.burgernet.participant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bad e-mail addresses after a bounce, and merging a duplicate registration. */
class RelationManagementRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
  private static final int THIS_YEAR = 2026;

  @Test
  void a_bounced_address_is_not_mailed_until_it_is_changed() {
    Participant participant =
        participant("Jan Jansen", "+31612345678", "jan@example.nl", EnumSet.of(Channel.EMAIL));

    participant.markEmailBounced("550 5.1.1 user unknown", NOW);

    assertThat(participant.hasBadEmail()).isTrue();
    assertThat(participant.getReachableEmail()).isEmpty();
    assertThat(participant.getEmail()).contains(EmailAddress.of("jan@example.nl"));
    assertThat(participant.getEmailBounceDiagnostic()).isEqualTo("550 5.1.1 user unknown");

    participant.change(
        new ContactDetails("Jan Jansen", null, null, EmailAddress.of("jan.jansen@example.nl")),
        participant.getHome(),
        EnumSet.of(Channel.EMAIL),
        1980,
        THIS_YEAR);

    assertThat(participant.hasBadEmail()).isFalse();
    assertThat(participant.getReachableEmail()).contains(EmailAddress.of("jan.jansen@example.nl"));
  }

  @Test
  void changing_other_details_keeps_the_mark_of_a_bad_address() {
    Participant participant =
        participant("Jan Jansen", "+31612345678", "jan@example.nl", EnumSet.of(Channel.SMS));
    participant.markEmailBounced("x".repeat(900), NOW);

    participant.change(
        new ContactDetails("Jan B. Jansen", null, null, EmailAddress.of("jan@example.nl")),
        participant.getHome(),
        EnumSet.of(Channel.EMAIL),
        1980,
        THIS_YEAR);

    assertThat(participant.hasBadEmail()).isTrue();
    assertThat(participant.getEmailBounceDiagnostic()).hasSize(Participant.REASON_LENGTH);
  }

  @Test
  void merging_takes_the_chosen_values_and_closes_the_registration() {
    Participant existing =
        participant("J. Jansen", "+31612345678", "oud@example.nl", EnumSet.of(Channel.SMS));
    Participant duplicate =
        participant("Jan Jansen", "+31612345678", "nieuw@example.nl", EnumSet.of(Channel.EMAIL));
    duplicate.holdFor(ParticipantStatus.QUARANTINE, QueueReason.DUPLICATE_PHONE, NOW);

    existing.absorb(duplicate, Set.of(MergeField.NAME, MergeField.EMAIL), NOW);

    assertThat(existing.getName()).isEqualTo("Jan Jansen");
    assertThat(existing.getEmail()).contains(EmailAddress.of("nieuw@example.nl"));
    assertThat(existing.getMobile()).contains(PhoneNumber.of("+31612345678"));
    assertThat(existing.getChannels()).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
    assertThat(duplicate.getStatus()).isEqualTo(ParticipantStatus.MERGED);
    assertThat(duplicate.getQueueReason()).isNull();
  }

  @Test
  void channels_the_merged_details_cannot_serve_are_dropped() {
    Participant existing = participant("Jan Jansen", "+31612345678", null, EnumSet.of(Channel.SMS));
    Participant duplicate =
        participant("Jan Jansen", "+31612345678", "jan@example.nl", EnumSet.of(Channel.EMAIL));
    duplicate.holdFor(ParticipantStatus.QUARANTINE, QueueReason.DUPLICATE_PHONE, NOW);

    existing.absorb(duplicate, Set.of(), NOW);

    assertThat(existing.getChannels()).containsExactly(Channel.SMS);
  }

  @Test
  void only_a_registration_in_quarantine_can_be_merged() {
    Participant existing = participant("Jan Jansen", "+31612345678", null, EnumSet.of(Channel.SMS));
    Participant notHeld = participant("Jan Jansen", "+31612345678", null, EnumSet.of(Channel.SMS));

    assertThatThrownBy(() -> existing.absorb(notHeld, Set.of(MergeField.NAME), NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThat(ParticipantStatus.MERGED.canMoveTo(ParticipantStatus.ACTIVE)).isFalse();
    assertThat(Participant.GONE).contains(ParticipantStatus.MERGED);
  }

  @Test
  void where_a_relation_manager_approves_a_confirmed_registration_waits_in_verification() {
    Participant participant =
        participant("Jan Jansen", "+31612345678", "jan@example.nl", EnumSet.of(Channel.EMAIL));
    participant.awaitConfirmation("d".repeat(64), NOW.plusSeconds(3600), NOW);

    participant.confirmForApproval(NOW.plusSeconds(60));

    assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.VERIFICATION);
    assertThat(participant.getQueueReason()).isEqualTo(QueueReason.AWAITING_APPROVAL);
    assertThat(participant.isConfirmed()).isTrue();
    assertThat(participant.confirmationState(NOW.plusSeconds(120)))
        .isEqualTo(ConfirmationState.USED);
  }

  @Test
  void a_burst_is_more_registrations_from_one_source_than_the_region_allows() {
    RegistrationPolicy policy = new RegistrationPolicy(1L);
    assertThat(policy.isBurst(1_000)).as("no limit by default").isFalse();
    assertThat(policy.isAutoApproval()).isTrue();

    policy.change(false, 3, 15, "manager", NOW);

    assertThat(policy.isBurst(3)).isFalse();
    assertThat(policy.isBurst(4)).isTrue();
    assertThat(policy.getBurstWindowMinutes()).isEqualTo(15);
    assertThatThrownBy(() -> policy.change(true, 0, 15, "manager", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.change(true, 3, 1441, "manager", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_code_by_sms_confirms_and_wrong_codes_run_out_into_the_verification_queue() {
    Participant participant =
        participant("Jan Jansen", "+31612345678", null, EnumSet.of(Channel.SMS));
    participant.awaitCode("e".repeat(64), NOW.plusSeconds(3600), NOW);

    assertThat(participant.matchesCode("f".repeat(64), 3, NOW)).isFalse();
    assertThat(participant.matchesCode("f".repeat(64), 3, NOW)).isFalse();
    assertThat(participant.matchesCode("e".repeat(64), 3, NOW)).isTrue();
    assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.AWAITING_CONFIRMATION);

    participant.matchesCode("f".repeat(64), 3, NOW);

    assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.VERIFICATION);
    assertThat(participant.getQueueReason()).isEqualTo(QueueReason.NO_EMAIL);
    assertThatThrownBy(() -> participant.matchesCode("e".repeat(64), 3, NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void an_expired_code_cannot_be_tried() {
    Participant participant =
        participant("Jan Jansen", "+31612345678", null, EnumSet.of(Channel.SMS));
    participant.awaitCode("e".repeat(64), NOW.plusSeconds(60), NOW);

    assertThatThrownBy(() -> participant.matchesCode("e".repeat(64), 3, NOW.plusSeconds(61)))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Participant participant(
      String name, String mobile, String email, Set<Channel> channels) {
    return new Participant(
        new ContactDetails(
            name, PhoneNumber.of(mobile), null, email == null ? null : EmailAddress.of(email)),
        new Address(Postcode.of("7411 AA"), 12, null, "Brink", "Deventer"),
        EnumSet.copyOf(channels),
        1980,
        THIS_YEAR,
        RegistrationSource.WEB,
        NOW,
        NOW);
  }
}

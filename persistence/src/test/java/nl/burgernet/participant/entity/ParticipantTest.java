package nl.burgernet.participant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  private static final Instant NOW = Instant.parse("2026-11-02T10:15:30Z");
  private static final int THIS_YEAR = 2026;

  @Test
  void a_confirmation_link_activates_once_and_only_in_time() {
    Participant participant = registration(EmailAddress.of("jan@example.nl"));
    participant.awaitConfirmation("a".repeat(64), NOW.plus(Duration.ofHours(48)), NOW);

    assertThat(participant.confirmationState(NOW.plus(Duration.ofHours(47))))
        .isEqualTo(ConfirmationState.VALID);
    assertThat(participant.confirmationState(NOW.plus(Duration.ofHours(48))))
        .isEqualTo(ConfirmationState.EXPIRED);

    participant.confirm(NOW.plusSeconds(60));

    assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.ACTIVE);
    assertThat(participant.confirmationState(NOW.plusSeconds(120)))
        .isEqualTo(ConfirmationState.USED);
    assertThatThrownBy(() -> participant.confirm(NOW.plusSeconds(120)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void an_expired_link_does_not_activate() {
    Participant participant = registration(EmailAddress.of("jan@example.nl"));
    participant.awaitConfirmation("b".repeat(64), NOW.plusSeconds(10), NOW);

    assertThatThrownBy(() -> participant.confirm(NOW.plusSeconds(11)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.AWAITING_CONFIRMATION);
  }

  @Test
  void a_held_registration_can_be_rejected_with_a_reason_but_not_revived() {
    Participant participant = registration(EmailAddress.of("jan@example.nl"));
    participant.holdFor(ParticipantStatus.QUARANTINE, QueueReason.DUPLICATE_PHONE, NOW);

    participant.reject("Dubbele aanmelding", NOW);

    assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.REJECTED);
    assertThat(participant.getRejectionReason()).isEqualTo("Dubbele aanmelding");
    assertThatThrownBy(() -> participant.activateWithoutConfirmation(NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_rejection_needs_a_reason() {
    Participant participant = registration(EmailAddress.of("jan@example.nl"));

    assertThatThrownBy(() -> participant.reject(" ", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_active_participant_only_leaves() {
    assertThat(ParticipantStatus.ACTIVE.canMoveTo(ParticipantStatus.UNSUBSCRIBED)).isTrue();
    assertThat(ParticipantStatus.ACTIVE.canMoveTo(ParticipantStatus.QUARANTINE)).isFalse();
    assertThat(ParticipantStatus.REJECTED.canMoveTo(ParticipantStatus.ACTIVE)).isFalse();
  }

  @Test
  void without_e_mail_no_confirmation_mail_can_be_awaited() {
    Participant participant = registration(null);

    assertThatThrownBy(() -> participant.awaitConfirmation("c".repeat(64), NOW, NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void participants_turn_16_in_the_year_of_registration_at_the_latest() {
    assertThat(Participant.isOldEnough(2010, THIS_YEAR)).isTrue();
    assertThat(Participant.isOldEnough(2011, THIS_YEAR)).isFalse();
    assertThat(Participant.isOldEnough(1900, THIS_YEAR)).isFalse();
    assertThatThrownBy(() -> registrationBornIn(2011)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contact_details_need_a_name_and_a_way_to_reach_someone() {
    assertThatThrownBy(() -> new ContactDetails("Jan", null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContactDetails(" ", null, null, EmailAddress.of("j@example.nl")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_words_of_a_name_are_separated_by_single_spaces_as_the_search_splits_them() {
    ContactDetails typed =
        new ContactDetails(
            " Anna  Maria\tvan der  Berg ", null, null, EmailAddress.of("a@example.nl"));

    assertThat(typed.name()).isEqualTo("Anna Maria van der Berg");
    for (String typedOtherwise : List.of("Anna\tBerg", "Anna Berg ", " Anna Berg", "Anna Berg")) {
      assertThat(
              new ContactDetails(typedOtherwise, null, null, EmailAddress.of("a@example.nl"))
                  .name())
          .as(typedOtherwise)
          .isEqualTo("Anna Berg");
    }
  }

  @Test
  void quiet_hours_may_run_past_midnight() {
    QuietHours night = new QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0));

    assertThat(night.includes(LocalTime.of(2, 0))).isTrue();
    assertThat(night.includes(LocalTime.of(12, 0))).isFalse();
  }

  @Test
  void an_address_without_street_or_place_is_incomplete() {
    assertThat(new Address(Postcode.of("3011AB"), 1, null, null, "Rotterdam").isComplete())
        .isFalse();
    assertThat(new Address(Postcode.of("3011AB"), 1, "a", "Coolsingel", "Rotterdam").isComplete())
        .isTrue();
    assertThatThrownBy(() -> new Address(Postcode.of("3011AB"), 0, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_reachable_channels_follow_the_choice_the_details_and_a_bounce() {
    Participant participant = registration(EmailAddress.of("jan@example.nl"));
    assertThat(participant.getReachableChannels().channels()).containsOnly(Channel.SMS);

    participant.changeChannels(EnumSet.of(Channel.EMAIL, Channel.VOICE, Channel.APP));
    assertThat(participant.getReachableChannels().channels())
        .containsOnly(Channel.EMAIL, Channel.VOICE, Channel.APP);

    participant.markEmailBounced("550 no such user", NOW);
    assertThat(participant.getReachableChannels().channels())
        .containsOnly(Channel.VOICE, Channel.APP);

    participant.change(
        new ContactDetails("Jan Jansen", null, PhoneNumber.of("+31101234567"), null),
        participant.getHome(),
        EnumSet.of(Channel.SMS, Channel.VOICE),
        1980,
        THIS_YEAR);
    assertThat(participant.getReachableChannels().channels())
        .as("SMS is chosen, but there is no mobile number any more")
        .containsOnly(Channel.VOICE);
  }

  private static Participant registration(EmailAddress email) {
    return new Participant(
        new ContactDetails("Jan Jansen", PhoneNumber.of("+31612345678"), null, email),
        new Address(Postcode.of("3011 AB"), 12, null, "Coolsingel", "Rotterdam"),
        EnumSet.of(Channel.SMS),
        1980,
        THIS_YEAR,
        RegistrationSource.WEB,
        NOW,
        NOW);
  }

  private static Participant registrationBornIn(int year) {
    return new Participant(
        new ContactDetails("Jan Jansen", PhoneNumber.of("+31612345678"), null, null),
        new Address(Postcode.of("3011 AB"), 12, null, "Coolsingel", "Rotterdam"),
        EnumSet.of(Channel.SMS),
        year,
        THIS_YEAR,
        RegistrationSource.WEB,
        NOW,
        NOW);
  }
}

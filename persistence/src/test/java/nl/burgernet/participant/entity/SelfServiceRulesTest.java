package nl.burgernet.participant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import org.junit.jupiter.api.Test;

class SelfServiceRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-02T10:15:30Z");
  private static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
  private static final Municipality DEVENTER =
      new Municipality("GM0150", "Deventer", new Region("ON", "Oost-Nederland"));

  @Test
  void a_magic_link_works_once_and_only_in_time() {
    SelfServiceToken link =
        new SelfServiceToken(
            active(), SelfServiceTokenKind.LINK, "a".repeat(64), NOW, HALF_AN_HOUR);

    assertThat(link.state(NOW.plus(Duration.ofMinutes(29)))).isEqualTo(ConfirmationState.VALID);
    assertThat(link.state(NOW.plus(HALF_AN_HOUR))).isEqualTo(ConfirmationState.EXPIRED);

    link.use(NOW.plusSeconds(60));

    assertThat(link.state(NOW.plusSeconds(61))).isEqualTo(ConfirmationState.USED);
    assertThatThrownBy(() -> link.use(NOW.plusSeconds(62)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_link_of_a_participant_who_left_is_spent() {
    Participant participant = active();
    SelfServiceToken link =
        new SelfServiceToken(
            participant, SelfServiceTokenKind.LINK, "b".repeat(64), NOW, HALF_AN_HOUR);

    participant.unsubscribe(NOW);

    assertThat(link.state(NOW)).isEqualTo(ConfirmationState.USED);
  }

  @Test
  void channels_must_fit_the_contact_details() {
    Participant withoutEmail = active();

    assertThatThrownBy(() -> withoutEmail.changeChannels(EnumSet.of(Channel.EMAIL)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withoutEmail.changeChannels(EnumSet.noneOf(Channel.class)))
        .isInstanceOf(IllegalArgumentException.class);

    withoutEmail.changeChannels(EnumSet.of(Channel.VOICE, Channel.APP));

    assertThat(withoutEmail.getChannels()).containsExactlyInAnyOrder(Channel.VOICE, Channel.APP);
  }

  @Test
  void a_participant_can_leave_from_every_open_status_but_not_twice() {
    Participant held =
        new Participant(
            contact(),
            home(12),
            EnumSet.of(Channel.SMS),
            1980,
            2026,
            RegistrationSource.WEB,
            NOW,
            NOW);
    held.holdFor(ParticipantStatus.QUARANTINE, QueueReason.DUPLICATE_PHONE, NOW);

    held.unsubscribe(NOW);

    assertThat(held.getStatus()).isEqualTo(ParticipantStatus.UNSUBSCRIBED);
    assertThatThrownBy(() -> held.reject("te laat", NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void every_participant_gets_an_own_unguessable_unsubscribe_token() {
    assertThat(active().getUnsubscribeToken())
        .matches("[A-Za-z0-9_-]{43}")
        .isNotEqualTo(active().getUnsubscribeToken());
  }

  @Test
  void an_address_change_waits_and_moves_the_participant_only_when_approved() {
    Participant participant = active();
    Address newHome = home(99);
    newHome.locate(52.25, 6.16, DEVENTER);

    assertThat(AddressChange.changes(participant, home(12), null)).isFalse();
    assertThat(AddressChange.changes(participant, newHome, null)).isTrue();

    AddressChange change = new AddressChange(participant, newHome, null, NOW);
    assertThat(change.isPending()).isTrue();
    assertThat(participant.getHome().getHouseNumber()).isEqualTo(12);

    change.approve("relatiebeheer", NOW.plusSeconds(60));

    assertThat(change.getStatus()).isEqualTo(AddressChangeStatus.APPROVED);
    assertThat(participant.getHome().getHouseNumber()).isEqualTo(99);
    assertThat(participant.getHome()).isNotSameAs(newHome);
    assertThat(participant.getHome().getMunicipality()).isEqualTo(DEVENTER);
    assertThatThrownBy(() -> change.reject("te laat", "relatiebeheer", NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void an_address_that_was_not_found_is_not_approved_and_a_rejection_needs_a_reason() {
    AddressChange change = new AddressChange(active(), home(99), null, NOW);

    assertThatThrownBy(() -> change.approve("relatiebeheer", NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> change.reject(" ", "relatiebeheer", NOW))
        .isInstanceOf(IllegalArgumentException.class);

    change.reject("Dit adres bestaat niet", "relatiebeheer", NOW);

    assertThat(change.getStatus()).isEqualTo(AddressChangeStatus.REJECTED);
    assertThat(change.getRejectionReason()).isEqualTo("Dit adres bestaat niet");
  }

  @Test
  void an_unsubscription_keeps_the_reason_but_only_after_leaving() {
    Participant participant = active();
    assertThatThrownBy(() -> new Unsubscription(participant, UnsubscribeReason.MOVED, null, NOW))
        .isInstanceOf(IllegalStateException.class);

    participant.unsubscribe(NOW);
    Unsubscription unsubscription =
        new Unsubscription(participant, UnsubscribeReason.MOVED, "  Verhuisd naar Zwolle ", NOW);

    assertThat(unsubscription.getReason()).contains(UnsubscribeReason.MOVED);
    assertThat(unsubscription.getRemark()).contains("Verhuisd naar Zwolle");
    assertThat(new Unsubscription(participant, null, " ", NOW).getRemark()).isEmpty();
  }

  private static Participant active() {
    Participant participant =
        new Participant(
            contact(),
            home(12),
            EnumSet.of(Channel.SMS),
            1980,
            2026,
            RegistrationSource.WEB,
            NOW,
            NOW);
    participant.activateWithoutConfirmation(NOW);
    return participant;
  }

  private static ContactDetails contact() {
    return new ContactDetails("Jan Jansen", PhoneNumber.of("+31612345678"), null, null);
  }

  private static Address home(int houseNumber) {
    return new Address(Postcode.of("7411 AA"), houseNumber, null, "Brink", "Deventer");
  }
}

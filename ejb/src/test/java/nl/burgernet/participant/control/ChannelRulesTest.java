package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.EnumSet;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class ChannelRulesTest {

  private static final ContactDetails LANDLINE_ONLY =
      new ContactDetails("Jan", null, PhoneNumber.of("+31101234567"), null);

  @Test
  void a_channel_needs_the_matching_contact_detail_with_a_message_saying_which() {
    assertThatThrownBy(() -> DetailRules.checkChannels(EnumSet.of(Channel.SMS), LANDLINE_ONLY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("participant.channel.sms"));
    assertThatThrownBy(() -> DetailRules.checkChannels(EnumSet.of(Channel.EMAIL), LANDLINE_ONLY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("participant.channel.email"));
    assertThatCode(
            () -> DetailRules.checkChannels(EnumSet.of(Channel.VOICE, Channel.APP), LANDLINE_ONLY))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                DetailRules.checkChannels(
                    EnumSet.of(Channel.EMAIL),
                    new ContactDetails("Jan", null, null, EmailAddress.of("jan@example.nl"))))
        .doesNotThrowAnyException();
  }

  @Test
  void quiet_hours_are_both_empty_or_a_begin_and_a_different_end() {
    assertThatCode(() -> DetailRules.checkQuietHours(null, null)).doesNotThrowAnyException();
    assertThatCode(() -> DetailRules.checkQuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> DetailRules.checkQuietHours(LocalTime.of(23, 0), null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> DetailRules.checkQuietHours(LocalTime.NOON, LocalTime.NOON))
        .isInstanceOf(InvalidInputException.class);
  }
}
